package app.rapport.ui.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.rapport.domain.InteractionKind;
import app.rapport.interchange.download.DownloadPlatform;
import app.rapport.service.DownloadImportService;
import app.rapport.service.DownloadPlan;

/**
 * One line per platform, in the same words before and after the import: the preview says what would land,
 * the summary what did ("Facebook download: 2 connected · 1 new person" and then "Facebook download: 2 link
 * states · 1 new contact to sort").
 */
final class PlatformLines {

    private PlatformLines() {
    }

    static String preview(DownloadPlatform platform, DownloadPlan.Counts counts) {
        List<String> parts = new ArrayList<>();
        add(parts, counts.connected(), "connected", "connected");
        add(parts, counts.requestsSent(), "request sent", "requests sent");
        add(parts, counts.requestsReceived(), "request received", "requests received");
        add(parts, counts.declined(), "declined", "declined");
        add(parts, counts.removed(), "removed", "removed");
        for (InteractionKind kind : InteractionKind.values()) {
            String label = kind.label().toLowerCase(Locale.ROOT);
            add(parts, counts.interactions().getOrDefault(kind, 0), label, label);
        }
        add(parts, counts.newPeople(), "new person", "new people");
        add(parts, counts.kept(), "newer state of yours kept", "newer states of yours kept");
        add(parts, counts.ambiguous(), "ambiguous", "ambiguous");
        add(parts, counts.unmatched(), "unmatched", "unmatched");
        return line(platform, parts);
    }

    static String landed(DownloadPlatform platform, DownloadImportService.Landed landed) {
        List<String> parts = new ArrayList<>();
        add(parts, landed.states(), "link state", "link states");
        add(parts, landed.interactions(), "interaction", "interactions");
        add(parts, landed.createdContacts(), "new contact to sort", "new contacts to sort");
        add(parts, landed.ledgerEntries(), "request-ledger entry", "request-ledger entries");
        return line(platform, parts);
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
