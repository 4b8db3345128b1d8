package app.rapport.domain;

import java.util.List;
import java.util.Objects;

/**
 * A social platform the user is on. {@code id} is a stable key such as "linkedin" (links refer to it);
 * {@code position} orders the user's list; a hidden platform keeps its links but is no longer offered.
 */
public record Platform(String id, String name, Sphere sphere, int position, boolean hidden) {

    public Platform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sphere, "sphere");
        id = id.strip();
        name = name.strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("A platform needs an id.");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A platform needs a name.");
        }
    }

    /** The platforms a new store starts with, as PRODUCT.md lists them. */
    public static List<Platform> defaults() {
        return List.of(
                new Platform("linkedin", "LinkedIn", Sphere.PROFESSIONAL, 0, false),
                new Platform("facebook", "Facebook", Sphere.PERSONAL, 1, false),
                new Platform("instagram", "Instagram", Sphere.PERSONAL, 2, false),
                new Platform("x", "X/Twitter", Sphere.PUBLIC, 3, false),
                new Platform("business-page", "Business page", Sphere.BRAND, 4, false));
    }
}
