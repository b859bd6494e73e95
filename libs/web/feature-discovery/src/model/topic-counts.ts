/** "1 case study", "1,203 case studies". */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** The link from a topic's short list to the search page: "See all 12 case studies in search". */
export function seeAll(count: number, one: string, many: string, topic: string): string {
  return count === 0
    ? `Search every ${one} for ${topic}`
    : `See all ${countOf(count, one, many)} about ${topic} in search`;
}
