import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs epubcheck on one EPUB after another in a single JVM, as its command line would on each:
 * a JVM start and epubcheck's schemas cost seconds of CPU, the checks themselves little.
 * Reads lines "EPUB&lt;tab&gt;REPORT" on stdin; for each, writes epubcheck's JSON report to
 * REPORT.json and what it prints to REPORT.txt, then answers "done EXIT_CODE" (or "failed MESSAGE").
 */
public final class EpubcheckServer {
    public static void main(String[] args) throws Exception {
        PrintStream answers = System.out;
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            String[] request = line.split("\t");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(console);
            System.setErr(console);
            String answer;
            try {
                int code = new EpubChecker().run(new String[] { request[0], "--json", request[1] + ".json" });
                answer = "done " + code;
            } catch (Throwable e) {
                answer = "failed " + e.toString().replace('\n', ' ');
            }
            console.flush();
            Files.write(Path.of(request[1] + ".txt"), printed.toByteArray());
            answers.println(answer);
            answers.flush();
        }
    }
}
