/** The TypeScript module a trainer writes: a header, the data's type, and the data on one line. */
export function generatedModule(header: string, type: { name: string; from: string }, constName: string, data: unknown): string {
  return [
    `// ${header}`,
    `import type { ${type.name} } from '${type.from}';`,
    '',
    `export const ${constName}: ${type.name} = ${JSON.stringify(data, null, 1).replace(/\n\s*/g, ' ')};`,
    '',
  ].join('\n');
}
