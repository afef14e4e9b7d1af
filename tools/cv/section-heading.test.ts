import { describe, expect, it } from 'vitest';
import { sectionHeading } from './section-heading.ts';

describe('sectionHeading', () => {
  it.each([
    'Professional Experience',
    'Berufserfahrung',
    'Sprachkenntnisse',
    'Aus- und Weiterbildung:',
    'Expérience professionnelle',
    "Centres d'intérêt",
    'Compétences et langues',
    'Experiencia laboral',
    'Formación',
    'Werkervaring',
    'Experiência profissional',
    'Work',
    'Arbeit',
  ])('reads "%s" as a section heading', (line) => {
    expect(sectionHeading(line)).toBe(line.replace(/:$/, ''));
  });

  it.each(['Experience with Go and gRPC', 'Experiencia en ventas y atención al cliente', 'Erfahrung mit Kindern im Grundschulalter', 'Led a team of five', 'Social work', 'Remote work'])(
    'keeps "%s" as a passage',
    (line) => {
      expect(sectionHeading(line)).toBeUndefined();
    },
  );
});
