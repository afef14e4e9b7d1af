/** A piece of the CV that a match can quote as evidence, with the section it sits in. */
export interface CvPassage {
  /** The heading above the passage as the CV writes it ("Experience"), or null before the first heading. */
  section: string | null;
  text: string;
}
