// The bench's timing helpers: what runs when, and how runs are summarised
// (never how fast anything is).
import {describe, expect, it} from 'vitest'
import {interleave, stat} from '../bench/measure.js'

describe('stat', () => {
  it('gives the median (the middle two’s mean for an even count), min, max and the runs in their order', () => {
    expect(stat([30, 10, 20])).toEqual({median: 20, min: 10, max: 30, runs: [30, 10, 20]})
    expect(stat([40, 10, 30, 20])).toMatchObject({median: 25, min: 10, max: 40})
  })
})

describe('interleave', () => {
  it('warms each task up once, then runs them in rounds, each round starting one task further on', async () => {
    const order: string[] = []
    const rounds: string[] = []
    const tasks = Object.fromEntries(['a', 'b', 'c'].map((name) => [name, () => order.push(name)]))
    const stats = await interleave(tasks, {runs: 3, warmUp: true, onRound: (round, of) => rounds.push(`${round}/${of}`)})
    expect(order.join('')).toBe('abc' + 'abc' + 'bca' + 'cab')
    expect(rounds).toEqual(['1/3', '2/3', '3/3'])
    expect(Object.keys(stats)).toEqual(['a', 'b', 'c'])
    for (const name of ['a', 'b', 'c']) expect(stats[name]!.runs).toHaveLength(3)
  })

  it('awaits asynchronous tasks before timing the next', async () => {
    const events: string[] = []
    const slow = async () => {
      events.push('slow start')
      await new Promise((resolve) => setTimeout(resolve, 5))
      events.push('slow end')
    }
    await interleave({slow, next: () => events.push('next')}, {runs: 1, warmUp: false})
    expect(events).toEqual(['slow start', 'slow end', 'next'])
  })
})
