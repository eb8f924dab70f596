/**
 * Roles and titles held by people: titles before names, appositions after them, party membership.
 */
package org.conflictkg.extract.role;
