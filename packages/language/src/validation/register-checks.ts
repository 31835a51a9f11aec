import type { ValidationChecks } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import type { AutonomyAstType } from '../generated/ast.js';
import { checkAnalysisFindings } from '../analysis/analysis-diagnostics.js';
import { checkCessionsOnce, checkCessionPractices, checkCoalitionMembers, checkCompensationParties,
    checkCurrentCostsCoverParticipants, checkExplicitShares, checkInitiativeRequired, checkParticipantCount,
    checkParticipantsAreMembers } from './checks/initiative-checks.js';
import { checkDecisionRule, checkHasMembers, checkMembershipCycles, checkSharedMemberPractices } from './checks/collective-checks.js';
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
import { local, localWhenQuiet } from './local-checks.js';
import { registerValidationMemo } from './validation-memo.js';
import { checkTrustComplete, checkTrustComponentRange, checkTrustMembership,
    checkTrustStatementsOnce } from './checks/trust-checks.js';
import { checkCessionDegree, checkCoalitionSavingValue, checkCompensationValue, checkCostTermValue, checkCrisisRiskValue,
    checkDomainWeight, checkGapValue, checkHorizonValue, checkInvestmentAmount, checkListSizeValue, checkMergerSavingValue,
    checkPartnerPopulation, checkPracticeCostValue, checkShareValue, checkTrustThresholdValue } from './checks/value-checks.js';

/**
 * Wires every check to the AST type it inspects, in one table. Each check is a
 * small function in a module named for its concern (validation/checks/).
 *
 * The labels say how far a check's diagnostics depend on the top-level
 * declaration it runs in (local-checks.ts); for a declaration an edit left
 * unchanged the speed module re-emits what a `local(...)` check reported last
 * time, and does not run a `localWhenQuiet(...)` check that reported nothing.
 * - `local`: reads only its own node, its children and its containers up to the
 *   declaration: literals as written, names, titles, references' texts
 *   (`$refText`), never what a reference points to.
 * - `localWhenQuiet`: decides whether to report in that way (by references'
 *   texts), but its words name a reference's target by its title (refLabel), or
 *   its quick fix holds positions in the file (the `...Listed` checks'
 *   `removeRange`), which move when an edit above shifts the declaration.
 * - unlabelled, run on every validation: every check on AutonomyFile (the whole
 *   file, imports, the analysis), and those whose decision follows a reference
 *   (`.ref`): participants' membership, repeated current costs and coalitions
 *   (keyed by the target's name), imports.
 * test/validation/local-checks.test.ts runs every labelled check on every
 * example with the file's root and the references' targets fenced off.
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
        Collective: [local(checkDecisionRule), local(checkHasMembers), local(checkCollectiveProperties), checkSharedMemberPractices],
        MembersProperty: [localWhenQuiet(checkMembersListed)],
        Trust: [localWhenQuiet(checkTrustComplete), local(checkTrustComponents)],
        TrustComponent: [local(checkTrustComponentRange)],
        Initiative: [local(checkInitiativeRequired), checkParticipantsAreMembers, local(checkParticipantCount),
            localWhenQuiet(checkCurrentCostsCoverParticipants), localWhenQuiet(checkCessionsOnce), local(checkInitiativeProperties),
            checkCurrentCostsOnce, checkCoalitionsOnce],
        Participants: [localWhenQuiet(checkParticipantsListed)],
        Cession: [localWhenQuiet(checkCessionPractices), local(checkCessionDegree), localWhenQuiet(checkCessionListed)],
        PracticeCost: [local(checkPracticeCostValue)],
        CostTerm: [local(checkCostTermValue)],
        Charging: [localWhenQuiet(checkExplicitShares)],
        ExplicitShare: [local(checkShareValue)],
        CoalitionSaving: [localWhenQuiet(checkCoalitionMembers), local(checkCoalitionSavingValue), localWhenQuiet(checkCoalitionListed)],
        Compensation: [localWhenQuiet(checkCompensationParties), local(checkCompensationValue)],
        Investment: [local(checkInvestmentAmount), localWhenQuiet(checkInvestmentSplit), local(checkInvestmentRule)],
        Merger: [local(checkMergerSize), local(checkMergerProperties)],
        Merges: [localWhenQuiet(checkMergesListed)],
        MergerSaving: [local(checkMergerSavingValue)],
        Partner: [local(checkPartnerPopulation)]
    };
    services.validation.ValidationRegistry.register(checks);
    registerValidationMemo(services.validation.ValidationRegistry);
}
