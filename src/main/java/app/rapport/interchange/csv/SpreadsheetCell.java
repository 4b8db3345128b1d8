package app.rapport.interchange.csv;

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula, and some do after a tab or a carriage
 * return too. Names and notes come from other people (a LinkedIn headline, a vCard), so such a cell gets a
 * single quote in front, as OWASP advises against CSV injection: spreadsheets hide it and show the text as
 * typed. It applies to phone numbers like "+44 20 ..." as well.
 */
public final class SpreadsheetCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCell() {
    }

    public static String neutralized(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
