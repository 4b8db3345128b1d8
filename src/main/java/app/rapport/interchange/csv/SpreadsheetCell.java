package app.rapport.interchange.csv;

import java.util.regex.Pattern;

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula, and some do after a tab or a carriage
 * return too. Names and notes come from other people (a LinkedIn headline, a vCard), so such a cell gets a
 * single quote in front, as OWASP advises against CSV injection: spreadsheets hide it and show the text as
 * typed. A phone number such as "+49 30 1234567" (a plus followed only by digits and spaces) is no formula and
 * stays as it is, so that it can be dialled and re-imported unchanged.
 */
public final class SpreadsheetCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    // One number, or several as the export joins them ("+49 30 1234567; +49 170 1234567").
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[0-9 ]+(?:; \\+?[0-9 ]+)*");

    private SpreadsheetCell() {
    }

    public static String neutralized(String cell) {
        if (PHONE_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
