// Public face of the AZWA monitoring part: its routes, and the figures of part 1 of the quarterly
// report for the AZWA term (status per block A–E, passed deadlines, completed since the previous
// fixed round, and the IZA actions dropped because they were already completed), for the report.
export { azwaPlugin } from './plugin.js';
export { azwaDeel1, type AzwaDeel1, type VerlopenAfspraak } from './deel1.js';
export { doorbraakTekst, fteTekst, mtrDossier, type MtrDossier } from './mtr.js';
export { MtrOpties, MtrPlannenEnDoorbraak } from './mtr-weergave.js';
