package io.tastelab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs in a child JVM for {@link ImportCrashTest}: imports the given CSV files one after another into a workspace
 * through the real {@code tastelab import} command, printing {@code started N} before and {@code committed N} after each, until the parent
 * kills it with SIGKILL (or the files run out).
 *
 * <p>Arguments: the workspace, then the ratings files.
 */
public final class ImportCrashChild {

    public static void main(String[] args) {
        String workspace = args[0];
        for (int i = 1; i < args.length; i++) {
            System.out.println("started " + i);
            System.out.flush();
            StringWriter err = new StringWriter();
            int code = TasteLabCommand.run(new String[] {"import", "--format", "csv", "--ratings", args[i],
                    "--timestamp-column", "timestamp", "--workspace", workspace, "--quiet"},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            if (code != 0) {
                System.out.println("failed " + i + ": " + err);
                System.out.flush();
                System.exit(3);
            }
            System.out.println("committed " + i);
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
    }
}
