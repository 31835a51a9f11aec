import type { ValidationChecks } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import type { AutonomyAstType } from '../generated/ast.js';
import { checkAnalysisFindings } from '../analysis/analysis-diagnostics.js';
import { checkCessionsOnce, checkCessionPractices, checkCoalitionMembers, checkCompensationParties,
    checkCurrentCostsCoverParticipants, checkExplicitShares, checkInitiativeRequired, checkParticipantCount,
    checkParticipantsAreMembers } from './checks/initiative-checks.js';
import { checkDecisionRule, checkHasMembers, checkMembershipCycle } from './checks/collective-checks.js';
import { checkDomainCededOnce } from './checks/cession-checks.js';
import { checkCurrency } from './checks/currency-checks.js';
import { checkImport, checkImportsOnce } from './checks/import-checks.js';
import { checkInvestmentRule, checkInvestmentSplit } from './checks/investment-checks.js';
import { checkMergerSize } from './checks/merger-checks.js';
import { checkUniqueNames } from './checks/name-checks.js';
import { checkPracticeHasListSize } from './checks/practice-checks.js';
import { checkCoalitionsOnce, checkCollectiveProperties, checkCurrentCostsOnce, checkInitiativeProperties,
    checkMergerProperties, checkPracticeProperties, checkSettingEntries, checkTrustComponents } from './checks/property-checks.js';
import { checkCessionListed, checkCoalitionListed, checkMembersListed, checkMergesListed,
    checkParticipantsListed } from './checks/reference-list-checks.js';
import { checkSettingsOnce } from './checks/settings-checks.js';
import { checkTrustComplete, checkTrustComponentRange, checkTrustMembership,
    checkTrustStatementsOnce } from './checks/trust-checks.js';
import { checkCessionDegree, checkCoalitionSavingValue, checkCompensationValue, checkCostTermValue, checkCrisisRiskValue,
    checkDomainWeight, checkGapValue, checkHorizonValue, checkInvestmentAmount, checkListSizeValue, checkMergerSavingValue,
    checkPartnerPopulation, checkPracticeCostValue, checkShareValue, checkTrustThresholdValue } from './checks/value-checks.js';

/**
 * Wires every check to the AST type it inspects, in one table. Each check is a
 * small function in a module named for its concern (validation/checks/).
 */
export function registerValidationChecks(services: AutonomyServices): void {
    const checks: ValidationChecks<AutonomyAstType> = {
        AutonomyFile: [checkUniqueNames(services), checkImportsOnce(services), checkCurrency(services),
            checkDomainCededOnce(services), checkSettingsOnce, checkTrustStatementsOnce, checkAnalysisFindings(services)],
        Import: [checkImport(services)],
        ModelSettings: [checkSettingEntries],
        HorizonSetting: [checkHorizonValue],
        TrustThresholdSetting: [checkTrustThresholdValue],
        Domain: [checkDomainWeight],
        Practice: [checkPracticeHasListSize, checkPracticeProperties],
        ListSize: [checkListSizeValue],
        CrisisRisk: [checkCrisisRiskValue],
        SustainabilityGap: [checkGapValue],
        Collective: [checkDecisionRule, checkHasMembers, checkMembershipCycle, checkCollectiveProperties],
        MembersProperty: [checkMembersListed],
        Trust: [checkTrustComplete, checkTrustMembership, checkTrustComponents],
        TrustComponent: [checkTrustComponentRange],
        Initiative: [checkInitiativeRequired, checkParticipantsAreMembers, checkParticipantCount,
            checkCurrentCostsCoverParticipants, checkCessionsOnce, checkInitiativeProperties, checkCurrentCostsOnce,
            checkCoalitionsOnce],
        Participants: [checkParticipantsListed],
        Cession: [checkCessionPractices, checkCessionDegree, checkCessionListed],
        PracticeCost: [checkPracticeCostValue],
        CostTerm: [checkCostTermValue],
        Charging: [checkExplicitShares],
        ExplicitShare: [checkShareValue],
        CoalitionSaving: [checkCoalitionMembers, checkCoalitionSavingValue, checkCoalitionListed],
        Compensation: [checkCompensationParties, checkCompensationValue],
        Investment: [checkInvestmentAmount, checkInvestmentSplit, checkInvestmentRule],
        Merger: [checkMergerSize, checkMergerProperties],
        Merges: [checkMergesListed],
        MergerSaving: [checkMergerSavingValue],
        Partner: [checkPartnerPopulation]
    };
    services.validation.ValidationRegistry.register(checks);
}
