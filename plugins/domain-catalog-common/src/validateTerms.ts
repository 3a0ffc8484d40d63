import { isObject, isText, Problems } from './validationProblems';

const TERM_FIELDS = [
  'term',
  'definition',
  'aliases',
  'examples',
  'notToBeConfusedWith',
];

/** The glossary: each term defined once, with its definition. */
export function validateTerms(problems: Problems, terms: unknown) {
  if (terms === undefined) return;
  if (!Array.isArray(terms)) {
    problems.add('spec.terms', 'must be a list of terms');
    return;
  }
  const seen = new Map<string, number>();
  terms.forEach((term, i) => {
    const field = `spec.terms[${i}]`;
    if (!isObject(term)) {
      problems.add(field, 'must be an object with term and definition');
      return;
    }
    problems.unknownFields(field, term, TERM_FIELDS);
    problems.requiredText(`${field}.term`, term.term, 'the word or phrase');
    problems.requiredText(
      `${field}.definition`,
      term.definition,
      `what "${
        isText(term.term) ? term.term : 'the term'
      }" means in this context`,
    );
    for (const list of ['aliases', 'examples', 'notToBeConfusedWith']) {
      problems.textList(`${field}.${list}`, term[list]);
    }
    if (isText(term.term)) {
      const key = term.term.trim().toLocaleLowerCase('en-US');
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add(
          `${field}.term`,
          `"${term.term}" is defined twice in this context (also spec.terms[${first}]); a context gives each term one meaning`,
        );
      } else {
        seen.set(key, i);
      }
    }
  });
}
