/**
 * Regional talent pools (bpmn/talent-pool-nomination.bpmn): a district department nominates a person of its region
 * with grounds, the regional department approves or declines, and an approved person enters the region's pool for a
 * term. Records: {@code pool_nomination}, {@code pool_entry}. Depends on {@code domain}, {@code common} and
 * {@code identity}; the appointment takes pool members from it (like reservists from {@code reserve}), and not the
 * other way round.
 */
package kz.edu.leaders.talentpool;
