package app.rapport.service;

import java.util.List;

import app.rapport.domain.Platform;

/** The readiness page's data: the visible platforms (the columns) and one row per active contact. */
public record ReadinessMatrix(List<Platform> platforms, List<ReadinessRow> rows) {

    public ReadinessMatrix {
        platforms = List.copyOf(platforms);
        rows = List.copyOf(rows);
    }
}
