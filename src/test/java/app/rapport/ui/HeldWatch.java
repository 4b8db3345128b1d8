package app.rapport.ui;

/**
 * The real progress and Cancel of long work, holding the work's thread at the first report {@code where} accepts
 * (see {@link HeldWork}), so a test can look at the window mid-way and press Cancel.
 */
public final class HeldWatch extends WorkWatch {

    /** Which report to hold the work at. */
    @FunctionalInterface
    public interface Where {
        boolean holdsAt(String step, long done, long total);
    }

    /** Holds at the first report part of the way through a step that can tell how far it is. */
    public static final Where PART_WAY = (step, done, total) -> done > 0 && done < total;

    public final HeldWork hold = new HeldWork();
    private final Where where;

    /** Words how far a step is in percent, as {@link WorkWatch#WorkWatch()}. */
    public HeldWatch(Where where) {
        this(where, null);
    }

    /** Words how far a step is by counting {@code unit}, as {@link WorkWatch#WorkWatch(String)}. */
    public HeldWatch(Where where, String unit) {
        super(unit);
        this.where = where;
    }

    @Override
    public void worked(String step, long done, long total) {
        super.worked(step, done, total);
        hold.holdIf(where.holdsAt(step, done, total));
    }
}
