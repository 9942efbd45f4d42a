/** Cleans one hostile input in a child process (`clean-child.ts <name> <scale>`) and prints the
 * result as JSON, so a test can give up on it without waiting. */
import { HOSTILE_INPUTS } from '../../bench/hostile-inputs.js'
import { cleanArticle } from '../../src/index.js'

const [name, scale] = process.argv.slice(2)
const input = HOSTILE_INPUTS.find((candidate) => candidate.name === name)
if (input === undefined) throw new Error(`no hostile input named ${name}`)
process.stdout.write(JSON.stringify(cleanArticle(input.build(Number(scale)), input.options)))
