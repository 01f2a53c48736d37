package uk.quarterlyreturns.framework.io;

/**
 * A row read from a file with its number as a person sees it there (the header is row 1; blank rows count), so
 * that a check made after reading names the right row.
 */
public record Numbered<T>(int rowNumber, T row) { }
