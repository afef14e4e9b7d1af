/** The building blocks of synthetic postings: professions with their titles, skills and duties. */
export interface Profession {
  key: string;
  titles: string[];
  skills: string[];
  duties: string[];
  /** Typical yearly pay at mid level, in the local currency's thousands. */
  basePay: number;
}

export const professions: Profession[] = [
  {
    key: 'backend',
    titles: ['Backend Engineer', 'Software Engineer, Backend', 'Backend Developer', 'Server Engineer'],
    skills: ['Python', 'Go', 'Java', 'PostgreSQL', 'Kafka', 'Redis', 'gRPC', 'Docker', 'Kubernetes', 'REST APIs', 'Microservices', 'AWS'],
    duties: ['design and build the APIs behind our product', 'own services end to end, from design to on-call', 'scale our data model as usage grows tenfold', 'work with product to ship features every week', 'improve reliability and latency of core services'],
    basePay: 75,
  },
  {
    key: 'frontend',
    titles: ['Frontend Engineer', 'Frontend Developer', 'UI Engineer', 'Software Engineer, Web'],
    skills: ['TypeScript', 'JavaScript', 'React', 'Next.js', 'CSS', 'HTML', 'GraphQL', 'Vue.js', 'Accessibility', 'Jest', 'Webpack'],
    duties: ['build fast, accessible interfaces used by millions', 'turn designs into polished product experiences', 'own our design system components', 'improve web performance and Core Web Vitals', 'collaborate closely with designers and backend engineers'],
    basePay: 70,
  },
  {
    key: 'fullstack',
    titles: ['Full-Stack Engineer', 'Full Stack Developer', 'Product Engineer'],
    skills: ['TypeScript', 'Node.js', 'React', 'PostgreSQL', 'GraphQL', 'AWS', 'Docker', 'Ruby on Rails', 'Django'],
    duties: ['ship features across the whole stack', 'talk to customers and turn feedback into product', 'own features from database schema to UI', 'keep our codebase simple and well tested'],
    basePay: 72,
  },
  {
    key: 'mobile',
    titles: ['iOS Engineer', 'Android Engineer', 'Mobile Engineer', 'React Native Developer'],
    skills: ['Swift', 'Kotlin', 'iOS', 'Android', 'React Native', 'Flutter', 'GraphQL', 'Unit testing'],
    duties: ['build our native apps used daily by customers', 'own app performance, stability and releases', 'work with designers on delightful mobile experiences'],
    basePay: 72,
  },
  {
    key: 'platform',
    titles: ['Platform Engineer', 'Site Reliability Engineer', 'DevOps Engineer', 'Infrastructure Engineer', 'Cloud Engineer'],
    skills: ['Kubernetes', 'Terraform', 'AWS', 'Google Cloud Platform', 'Docker', 'Prometheus', 'Grafana', 'Linux', 'CI/CD', 'Go', 'Helm', 'Ansible'],
    duties: ['run the infrastructure every team deploys to', 'automate everything from provisioning to deploys', 'own observability, alerting and incident response', 'reduce cloud costs without hurting reliability'],
    basePay: 78,
  },
  {
    key: 'data-engineering',
    titles: ['Data Engineer', 'Analytics Engineer', 'Big Data Engineer'],
    skills: ['SQL', 'Python', 'Apache Spark', 'Apache Airflow', 'dbt', 'Snowflake', 'BigQuery', 'Apache Kafka', 'Data modeling', 'ETL'],
    duties: ['build reliable data pipelines for analytics and ML', 'own our warehouse models and their quality', 'make data easy to find and trust for every team'],
    basePay: 74,
  },
  {
    key: 'data-science',
    titles: ['Data Scientist', 'Machine Learning Engineer', 'Applied Scientist', 'ML Engineer'],
    skills: ['Python', 'Machine learning', 'PyTorch', 'TensorFlow', 'scikit-learn', 'Statistics', 'SQL', 'Deep learning', 'Natural language processing', 'Large language models', 'MLOps'],
    duties: ['train and ship models that power recommendations', 'design experiments and measure their impact', 'turn messy data into product decisions', 'deploy and monitor models in production'],
    basePay: 80,
  },
  {
    key: 'data-analysis',
    titles: ['Data Analyst', 'Business Intelligence Analyst', 'Product Analyst'],
    skills: ['SQL', 'Excel', 'Tableau', 'Power BI', 'Looker', 'Python', 'Statistics', 'Experimentation', 'Data visualization'],
    duties: ['answer the business questions that matter most', 'build dashboards leadership relies on', 'analyse experiments and product funnels'],
    basePay: 58,
  },
  {
    key: 'product',
    titles: ['Product Manager', 'Senior Product Manager', 'Technical Product Manager', 'Product Owner'],
    skills: ['Product management', 'Roadmapping', 'User stories', 'Experimentation', 'SQL', 'Jira', 'Stakeholder management', 'Product discovery', 'Agile'],
    duties: ['own the roadmap for one of our core areas', 'talk to customers every week', 'work with design and engineering to ship outcomes, not output', 'define metrics and hold the team to them'],
    basePay: 80,
  },
  {
    key: 'design',
    titles: ['Product Designer', 'UX Designer', 'UI Designer', 'UX Researcher'],
    skills: ['Figma', 'Prototyping', 'User research', 'Design systems', 'Usability testing', 'Interaction design', 'Wireframing', 'Accessibility'],
    duties: ['design end-to-end experiences from research to pixels', 'run usability tests and act on what you learn', 'evolve our design system with engineering'],
    basePay: 65,
  },
  {
    key: 'marketing',
    titles: ['Marketing Manager', 'Growth Marketer', 'SEO Specialist', 'Content Marketing Manager', 'Performance Marketing Manager'],
    skills: ['SEO', 'Google Ads', 'Google Analytics', 'Content marketing', 'Email marketing', 'HubSpot', 'Paid social', 'Copywriting', 'Marketing automation'],
    duties: ['own acquisition channels and their budgets', 'plan and run campaigns across channels', 'grow organic traffic and conversion', 'report on pipeline and revenue impact'],
    basePay: 55,
  },
  {
    key: 'sales',
    titles: ['Account Executive', 'Sales Development Representative', 'Enterprise Account Executive', 'Business Development Manager'],
    skills: ['Salesforce', 'Prospecting', 'Negotiation', 'Pipeline management', 'Solution selling', 'Cold calling', 'CRM', 'Business development'],
    duties: ['own the full sales cycle from first call to close', 'build pipeline through outbound prospecting', 'exceed a quarterly revenue quota', 'partner with customer success on expansion'],
    basePay: 60,
  },
  {
    key: 'customer-success',
    titles: ['Customer Success Manager', 'Customer Support Specialist', 'Implementation Manager'],
    skills: ['Customer success', 'Customer service', 'Zendesk', 'Salesforce', 'Account management', 'Stakeholder management'],
    duties: ['onboard new customers and get them to value fast', 'own renewals for a book of accounts', 'turn customer feedback into product requests'],
    basePay: 50,
  },
  {
    key: 'finance',
    titles: ['Financial Analyst', 'Staff Accountant', 'FP&A Analyst', 'Controller'],
    skills: ['Financial modeling', 'Excel', 'FP&A', 'Budgeting', 'Forecasting', 'Accounting', 'GAAP', 'NetSuite', 'Reconciliation', 'Month-end close'],
    duties: ['own the monthly close and reporting', 'build the budget and forecast with business leaders', 'model scenarios for strategic decisions'],
    basePay: 62,
  },
  {
    key: 'nursing',
    titles: ['Registered Nurse', 'ICU Nurse', 'Emergency Room Nurse', 'Pediatric Nurse', 'Charge Nurse'],
    skills: ['Patient care', 'Registered Nurse', 'Basic Life Support', 'Advanced Cardiac Life Support', 'Electronic health records', 'Medication administration', 'Triage', 'Wound care', 'Intensive care'],
    duties: ['provide safe, compassionate care to patients', 'assess patients and coordinate with physicians', 'educate patients and families on their care', 'work 12-hour shifts on a busy unit'],
    basePay: 55,
  },
  {
    key: 'therapy',
    titles: ['Physical Therapist', 'Occupational Therapist', 'Pharmacist', 'Clinical Research Coordinator'],
    skills: ['Physical therapy', 'Occupational therapy', 'Pharmacy', 'Clinical research', 'Patient education', 'Electronic health records', 'HIPAA'],
    duties: ['evaluate patients and plan their treatment', 'document care accurately in the medical record', 'work with a multidisciplinary care team'],
    basePay: 60,
  },
  {
    key: 'operations',
    titles: ['Operations Manager', 'Supply Chain Analyst', 'Logistics Coordinator', 'Procurement Specialist', 'Warehouse Associate'],
    skills: ['Supply chain management', 'Logistics', 'Inventory management', 'Procurement', 'Excel', 'ERP', 'Lean', 'Six Sigma', 'Vendor management', 'Forklift'],
    duties: ['keep our warehouses and carriers running on time', 'improve processes and cut cost per order', 'manage vendors and negotiate contracts', 'plan inventory for seasonal peaks'],
    basePay: 52,
  },
  {
    key: 'people',
    titles: ['Recruiter', 'Technical Recruiter', 'HR Business Partner', 'People Operations Manager'],
    skills: ['Recruiting', 'Sourcing candidates', 'Applicant tracking systems', 'Employee relations', 'Performance management', 'Workday'],
    duties: ['hire the people who will build our company', 'partner with leaders on organisation and performance', 'make every candidate experience great'],
    basePay: 55,
  },
];

export const seniorities = [
  { prefix: 'Junior', years: 0, payFactor: 0.7, weight: 2 },
  { prefix: '', years: 2, payFactor: 1, weight: 4 },
  { prefix: 'Senior', years: 5, payFactor: 1.3, weight: 3 },
  { prefix: 'Staff', years: 8, payFactor: 1.6, weight: 1 },
  { prefix: 'Lead', years: 7, payFactor: 1.5, weight: 1 },
];

export const places = [
  { city: 'Berlin', country: 'Germany', currency: 'EUR', payFactor: 1 },
  { city: 'Munich', country: 'Germany', currency: 'EUR', payFactor: 1.05 },
  { city: 'Hamburg', country: 'Germany', currency: 'EUR', payFactor: 0.95 },
  { city: 'Amsterdam', country: 'Netherlands', currency: 'EUR', payFactor: 1 },
  { city: 'Paris', country: 'France', currency: 'EUR', payFactor: 0.95 },
  { city: 'Madrid', country: 'Spain', currency: 'EUR', payFactor: 0.75 },
  { city: 'Lisbon', country: 'Portugal', currency: 'EUR', payFactor: 0.65 },
  { city: 'Dublin', country: 'Ireland', currency: 'EUR', payFactor: 1.1 },
  { city: 'Stockholm', country: 'Sweden', currency: 'SEK', payFactor: 10 },
  { city: 'Zurich', country: 'Switzerland', currency: 'CHF', payFactor: 1.5 },
  { city: 'London', country: 'UK', currency: 'GBP', payFactor: 0.95 },
  { city: 'Manchester', country: 'UK', currency: 'GBP', payFactor: 0.75 },
  { city: 'New York', country: 'USA', currency: 'USD', payFactor: 1.8 },
  { city: 'San Francisco', country: 'USA', currency: 'USD', payFactor: 2 },
  { city: 'Austin', country: 'USA', currency: 'USD', payFactor: 1.5 },
  { city: 'Chicago', country: 'USA', currency: 'USD', payFactor: 1.4 },
  { city: 'Seattle', country: 'USA', currency: 'USD', payFactor: 1.8 },
  { city: 'Boston', country: 'USA', currency: 'USD', payFactor: 1.6 },
  { city: 'Toronto', country: 'Canada', currency: 'CAD', payFactor: 1.4 },
  { city: 'Sydney', country: 'Australia', currency: 'AUD', payFactor: 1.5 },
  { city: 'Singapore', country: 'Singapore', currency: 'SGD', payFactor: 1.4 },
  { city: 'Bangalore', country: 'India', currency: 'INR', payFactor: 30 },
];

export const companyWords = {
  first: ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Soylent', 'Tyrell', 'Cyberdyne', 'Aperture', 'Massive', 'Pied Piper', 'Wonka', 'Gringotts', 'Oscorp', 'Monarch', 'Nakatomi', 'Virtucon', 'Blue Sun', 'Dunder', 'Sterling', 'Prestige', 'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum'],
  second: ['Labs', 'Health', 'Bank', 'Systems', 'Logistics', 'Foods', 'Energy', 'Analytics', 'Studio', 'Retail', 'Robotics', 'Insurance', 'Mobility', 'Media', 'Pay', 'Clinics', 'Software', 'Travel'],
};

export const industries: Record<string, string> = {
  Labs: 'a research-driven software company',
  Health: 'a digital health company',
  Bank: 'a fast-growing digital bank',
  Systems: 'an enterprise software company',
  Logistics: 'a logistics platform moving goods across the continent',
  Foods: 'a food delivery and grocery company',
  Energy: 'a renewable energy company',
  Analytics: 'an analytics company helping businesses understand their data',
  Studio: 'a design and product studio',
  Retail: 'an online retailer',
  Robotics: 'a robotics company automating warehouses',
  Insurance: 'an insurance company rebuilt for the internet',
  Mobility: 'an electric mobility company',
  Media: 'a streaming and media company',
  Pay: 'a payments company',
  Clinics: 'a network of outpatient clinics and hospitals',
  Software: 'a developer tools company',
  Travel: 'a travel booking platform',
};

export const benefits = [
  '30 days of paid holiday',
  'a yearly learning budget',
  'flexible working hours',
  'stock options',
  'private health insurance',
  'a home office budget',
  'parental leave beyond the legal minimum',
  'a public transport pass',
  'four weeks of work from anywhere each year',
  'mental health support',
];

export const requirementPhrasings = [
  (skill: string) => `Strong experience with ${skill}`,
  (skill: string) => `Hands-on ${skill} in production`,
  (skill: string) => `Solid knowledge of ${skill}`,
  (skill: string) => `You have worked with ${skill}`,
];
