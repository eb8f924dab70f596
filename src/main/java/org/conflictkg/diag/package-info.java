/**
 * Problems and how they are reported: {@link org.conflictkg.diag.Diagnostic} for recoverable ones
 * (a span and a message, collected per article), {@link org.conflictkg.diag.KgException} with an
 * {@link org.conflictkg.diag.ErrorCode} for fatal ones. No other exception type leaves our code.
 */
package org.conflictkg.diag;
