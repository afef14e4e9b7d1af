import type { KindReading, SignalKind } from './classify.ts';
import type { ModelMailReading } from './model-mail-reading.ts';

/** The model's own certainty at which its reading may move a status where the rules read nothing that disagrees. */
export const decisiveModelConfidence = 0.9;

/** Below this a model's "not job mail" does not overrule the rules' weaker guesses. */
const dismissingConfidence = 0.7;

/** The model is sure the message is no job mail: the rules' guesses from who writes are not tried. */
export function modelDismisses(model: ModelMailReading | undefined) {
  return model?.kind === 'not_job' && model.confidence >= dismissingConfidence;
}

/**
 * One reading of a message from the rules' and the model's. The model reads more languages and
 * phrasings than the rules know, so its kind wins; the rules cross-check it: where the two disagree
 * nothing moves without the user, and a status moves on the model's word alone only when it is very
 * sure and the rules read no other kind. Returns undefined when the message is not job mail.
 */
export function crossCheckReading(rules: KindReading | undefined, model: ModelMailReading | undefined): KindReading | undefined {
  if (!model) return rules;
  if (model.kind === 'not_job') {
    // Rules sure of a step the model calls no job mail: kept, but the user decides.
    if (rules?.certain) return { kind: rules.kind, certain: false };
    return model.confidence >= dismissingConfidence ? undefined : rules;
  }
  const kind: SignalKind = model.kind;
  if (!rules) return { kind, certain: model.confidence >= decisiveModelConfidence };
  // An end of the application the rules also read as a delay or a moved interview stays with the user, however sure the model.
  if (rules.kind === kind) return { kind, certain: rules.certain || (!endsApplication(kind) && model.confidence >= decisiveModelConfidence) };
  return { kind, certain: false };
}

function endsApplication(kind: SignalKind) {
  return kind === 'rejection' || kind === 'position_closed';
}
