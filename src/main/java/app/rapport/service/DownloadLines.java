package app.rapport.service;

import java.util.ArrayList;
import java.util.List;

import app.rapport.domain.InteractionKind;
import app.rapport.domain.LinkState;
import app.rapport.interchange.download.DownloadPlatform;

/**
 * One line per platform, in the same words before and after the import, in the window and on the command line:
 * the preview says what would land, the Done step and {@code import} what did ("Facebook download: 2 connected
 * · 48 messages · 1 new person" and then "Facebook download: 2 connected · 48 messages · 1 new contact to
 * sort").
 */
public final class DownloadLines {

    private DownloadLines() {
    }

    public static String preview(DownloadPlatform platform, DownloadPlan.Counts counts) {
        List<String> parts = kinds(counts.kinds());
        add(parts, counts.newPeople(), "new person", "new people");
        add(parts, counts.kept(), "newer state of yours kept", "newer states of yours kept");
        add(parts, counts.ambiguous(), "ambiguous", "ambiguous");
        add(parts, counts.unmatched(), "unmatched", "unmatched");
        return line(platform, parts);
    }

    public static String landed(DownloadPlatform platform, DownloadImportService.Landed landed) {
        List<String> parts = kinds(landed.kinds());
        add(parts, landed.createdContacts(), "new contact to sort", "new contacts to sort");
        add(parts, landed.ledgerEntries(), "request-ledger entry", "request-ledger entries");
        return line(platform, parts);
    }

    /** One person's interactions by kind, as in the lines: "3 messages · 1 video call"; "" when there are none. */
    public static String visits(List<DownloadPlan.Visit> visits) {
        return String.join(" \u00b7 ",
                kinds(KindCounts.counting(List.of(), visits.stream().map(DownloadPlan.Visit::kind).toList())));
    }

    private static List<String> kinds(KindCounts kinds) {
        List<String> parts = new ArrayList<>();
        add(parts, kinds.state(LinkState.CONNECTED), "connected", "connected");
        add(parts, kinds.state(LinkState.REQUEST_SENT), "request sent", "requests sent");
        add(parts, kinds.state(LinkState.REQUEST_RECEIVED), "request received", "requests received");
        add(parts, kinds.declined(), "declined", "declined");
        add(parts, kinds.state(LinkState.REMOVED), "removed", "removed");
        for (InteractionKind kind : InteractionKind.values()) {
            add(parts, kinds.interactions(kind), one(kind), many(kind));
        }
        return parts;
    }

    // A number before the kind: "1 meeting in person", "48 messages", not the labels' "Met in person", "Message".
    private static String one(InteractionKind kind) {
        return switch (kind) {
            case IN_PERSON -> "meeting in person";
            case COFFEE_OR_MEAL -> "coffee or meal";
            case WORKED_TOGETHER -> "day worked together";
            case EVENT -> "event";
            case PHONE_CALL -> "phone call";
            case VIDEO_CALL -> "video call";
            case EMAIL -> "email";
            case MESSAGE -> "message";
            case SOCIAL_MEDIA -> "social media exchange";
        };
    }

    private static String many(InteractionKind kind) {
        return switch (kind) {
            case IN_PERSON -> "meetings in person";
            case COFFEE_OR_MEAL -> "coffees or meals";
            case WORKED_TOGETHER -> "days worked together";
            default -> one(kind) + "s";
        };
    }

    private static String line(DownloadPlatform platform, List<String> parts) {
        return platform.sourceName() + ": " + (parts.isEmpty() ? "nothing new" : String.join(" \u00b7 ", parts));
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(String.format("%,d %s", n, n == 1 ? one : many));
        }
    }
}
