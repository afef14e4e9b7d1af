import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import { skillCatalogue, type Skill } from '../skills/skill-catalogue.ts';

type Category = Skill['category'];

// Which kinds of skill an occupation's work uses, by ISCO-08 group, most specific prefix first. A
// skill word in a posting of another kind of work is that word in another sense: "Python" in a
// reptile house, "Airflow" in ventilation.
const categoriesByIsco: [string, Category[]][] = [
  ['2166', ['design', 'product', 'software', 'marketing']],
  ['2511', ['data', 'software', 'cloud', 'product', 'finance', 'marketing']],
  ['25', ['software', 'cloud', 'data', 'product', 'design']],
  ['241', ['finance', 'data', 'operations']],
  ['242', ['people', 'operations', 'product', 'data', 'finance']],
  ['243', ['marketing', 'sales', 'product', 'data', 'design']],
  ['22', ['healthcare']],
  ['32', ['healthcare']],
  ['53', ['healthcare']],
  // Civil, mechanical, building-services and petroleum engineers: "Airflow" is air, "Spark" is a spark.
  ['2142', ['operations']],
  ['2144', ['operations']],
  ['2145', ['operations']],
  ['21', ['software', 'data', 'cloud', 'operations']],
  ['23', ['people', 'design']],
  ['26', ['marketing', 'design']],
  ['33', ['sales', 'finance', 'operations', 'marketing', 'people']],
  ['35', ['software', 'cloud']],
  ['4', ['operations', 'finance', 'people', 'sales']],
  ['1', ['software', 'cloud', 'data', 'design', 'product', 'marketing', 'sales', 'finance', 'healthcare', 'operations', 'people']],
  ['7', ['operations']],
  ['8', ['operations']],
  ['9', ['operations']],
];

const categoryOf = new Map(skillCatalogue.map((skill) => [skill.name, skill.category]));

/**
 * Whether a catalogue skill named in a posting means that skill there: always when the posting's
 * occupation is unknown, and for a known one when its kind of work uses such skills. Languages are
 * skills in every kind of work.
 */
export function skillInSense(skill: string, occupation: string | null): boolean {
  const category = categoryOf.get(skill);
  if (!category || category === 'languages' || !occupation) return true;
  const isco = occupationTaxonomy().get(occupation)?.isco;
  if (!isco) return true;
  const categories = categoriesByIsco.find(([prefix]) => isco.startsWith(prefix))?.[1] ?? [];
  return categories.includes(category);
}
