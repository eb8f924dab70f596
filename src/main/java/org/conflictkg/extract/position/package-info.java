/**
 * Stated positions: who supports, opposes or is neutral on which policy or entity, from reporting and evaluative verbs and their negation.
 */
package org.conflictkg.extract.position;
