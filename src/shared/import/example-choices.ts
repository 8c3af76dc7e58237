/**
 * "(e.g., Redis vs. Memcached)", "(for example lodash versus ramda)": a bracket of examples that
 * sets one thing against another names the kind of choice a sentence means (what a decision
 * record might weigh), not what a team builds with. Bounded and without nested brackets, so it
 * reads in linear time.
 */
const EXAMPLE_CHOICE =
  /\((?:e\.\s?g\.?|eg|for example|for instance|such as)[,:]?\s[^()]{0,200}?\b(?:vs\.?|versus)\s[^()]{0,200}\)/giu

/** The text with each bracket of example choices blanked (its length kept, for offsets). */
export function withoutExampleChoices(text: string): string {
  return text.replace(EXAMPLE_CHOICE, (bracket) => ' '.repeat(bracket.length))
}
