/**
 * Policies and decisions: who decides, who may act, which weapons, where, status and date, one key per decision across articles.
 */
package org.conflictkg.extract.policy;
