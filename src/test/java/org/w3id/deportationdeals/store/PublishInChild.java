package org.w3id.deportationdeals.store;

import java.nio.file.Path;

/**
 * Test support, run in a child JVM by {@link PublishCrashTest}: publishes one submission and prints each step of
 * the publish on stdout as it starts, so the parent can kill it at a known step.
 */
public final class PublishInChild {
    private PublishInChild() {}

    public static void main(String[] args) {
        try (Curation curation = Curation.open(Path.of(args[0]))) {
            curation.publish(args[1], "crash-test", step -> {
                System.out.println("STEP " + step);
                System.out.flush();
            });
        }
        System.out.println("DONE");
    }
}
