import type { ValidationChecks } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import type { AutonomyAstType } from '../generated/ast.js';
import { checkAnalysisFindings } from '../analysis/analysis-diagnostics.js';
import { checkCessionsOnce, checkCessionPractices, checkCoalitionMembers, checkCompensationParties,
    checkCurrentCostsCoverParticipants, checkExplicitShares, checkInitiativeRequired, checkParticipantCount,
    checkParticipantsAreMembers } from './checks/initiative-checks.js';
import { checkDecisionRule, checkHasMembers, checkMembershipCycles } from './checks/collective-checks.js';
import { checkDomainCededOnce } from './checks/cession-checks.js';
import { checkCurrency } from './checks/currency-checks.js';
import { checkImport, checkImportsOnce } from './checks/import-checks.js';
import { checkInvestmentRule, checkInvestmentSplit } from './checks/investment-checks.js';
import { checkMergerSize } from './checks/merger-checks.js';
import { checkDistinctTitles, checkUniqueNames } from './checks/name-checks.js';
import { checkPracticeHasListSize } from './checks/practice-checks.js';
import { checkCoalitionsOnce, checkCollectiveProperties, checkCurrentCostsOnce, checkInitiativeProperties,
    checkMergerProperties, checkPracticeProperties, checkSettingEntries, checkTrustComponents } from './checks/property-checks.js';
import { checkCessionListed, checkCoalitionListed, checkMembersListed, checkMergesListed,
    checkParticipantsListed } from './checks/reference-list-checks.js';
import { checkSettingsOnce } from './checks/settings-checks.js';
import { local } from './local-checks.js';
import { checkTrustComplete, checkTrustComponentRange, checkTrustMembership,
    checkTrustStatementsOnce } from './checks/trust-checks.js';
import { checkCessionDegree, checkCoalitionSavingValue, checkCompensationValue, checkCostTermValue, checkCrisisRiskValue,
    checkDomainWeight, checkGapValue, checkHorizonValue, checkInvestmentAmount, checkListSizeValue, checkMergerSavingValue,
    checkPartnerPopulation, checkPracticeCostValue, checkShareValue, checkTrustThresholdValue } from './checks/value-checks.js';

/**
 * Wires every check to the AST type it inspects, in one table. Each check is a
 * small function in a module named for its concern (validation/checks/).
 *
 * `local(...)` labels a check whose diagnostics depend only on the top-level
 * declaration it runs in (local-checks.ts): for a declaration an edit left
 * unchanged, the speed module re-emits what they reported last time instead of
 * running them. Safe because each reads only its own node, its children and its
 * containers up to the declaration: literals as written, names, titles, and
 * references' texts (`$refText`), never what a reference points to. Left
 * unlabelled, and so run on every validation:
 * - every check on AutonomyFile (the whole file, imports, the analysis);
 * - checks that follow a reference (`.ref`, or refLabel(), whose words are the
 *   target's title): participants' membership, trust completeness, cessions,
 *   current costs, shares, coalitions, compensation, investment splits, imports;
 * - the duplicate-name checks on lists (checkMembersListed and the other
 *   `...Listed`): their quick fix's `removeRange` holds positions in the file,
 *   which move when an edit above the declaration shifts it.
 */
export function registerValidationChecks(services: AutonomyServices): void {
    const checks: ValidationChecks<AutonomyAstType> = {
        AutonomyFile: [checkUniqueNames(services), checkDistinctTitles(services), checkImportsOnce(services), checkCurrency(services),
            checkDomainCededOnce(services), checkSettingsOnce, checkTrustStatementsOnce, checkTrustMembership, checkMembershipCycles, checkAnalysisFindings(services)],
        Import: [checkImport(services)],
        ModelSettings: [local(checkSettingEntries)],
        HorizonSetting: [local(checkHorizonValue)],
        TrustThresholdSetting: [local(checkTrustThresholdValue)],
        Domain: [local(checkDomainWeight)],
        Practice: [local(checkPracticeHasListSize), local(checkPracticeProperties)],
        ListSize: [local(checkListSizeValue)],
        CrisisRisk: [local(checkCrisisRiskValue)],
        SustainabilityGap: [local(checkGapValue)],
        Collective: [local(checkDecisionRule), local(checkHasMembers), local(checkCollectiveProperties)],
        MembersProperty: [checkMembersListed],
        Trust: [checkTrustComplete, local(checkTrustComponents)],
        TrustComponent: [local(checkTrustComponentRange)],
        Initiative: [local(checkInitiativeRequired), checkParticipantsAreMembers, local(checkParticipantCount),
            checkCurrentCostsCoverParticipants, checkCessionsOnce, local(checkInitiativeProperties), checkCurrentCostsOnce,
            checkCoalitionsOnce],
        Participants: [checkParticipantsListed],
        Cession: [checkCessionPractices, local(checkCessionDegree), checkCessionListed],
        PracticeCost: [local(checkPracticeCostValue)],
        CostTerm: [local(checkCostTermValue)],
        Charging: [checkExplicitShares],
        ExplicitShare: [local(checkShareValue)],
        CoalitionSaving: [checkCoalitionMembers, local(checkCoalitionSavingValue), checkCoalitionListed],
        Compensation: [checkCompensationParties, local(checkCompensationValue)],
        Investment: [local(checkInvestmentAmount), checkInvestmentSplit, local(checkInvestmentRule)],
        Merger: [local(checkMergerSize), local(checkMergerProperties)],
        Merges: [checkMergesListed],
        MergerSaving: [local(checkMergerSavingValue)],
        Partner: [local(checkPartnerPopulation)]
    };
    services.validation.ValidationRegistry.register(checks);
}
