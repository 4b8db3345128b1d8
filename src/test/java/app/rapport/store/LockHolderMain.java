package app.rapport.store;

import java.io.IOException;
import java.nio.file.Path;

/** Run in a child process by {@link StoreAcrossProcessesTest}: opens a store and holds it until stdin closes. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("open " + store.dataDir());
            System.out.flush();
            while (System.in.read() != -1) {
                // Wait for the parent to close our input.
            }
        }
    }
}
