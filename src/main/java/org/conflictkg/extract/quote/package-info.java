/**
 * Direct quotations and their speakers: marked quotations, quotations standing alone after a line ending in a colon, partial quotations inside a sentence.
 */
package org.conflictkg.extract.quote;
