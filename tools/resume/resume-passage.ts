/** A CV passage as tailoring reads it: its stored id, the heading above it (null before the first) and its words. */
export interface ResumePassage {
  id: string;
  section: string | null;
  text: string;
}

/** A posting as tailoring reads it: untrusted text, treated only as data. */
export interface ResumePosting {
  title: string;
  company: string;
  description: string;
}
