package org.conflictkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.diag.ErrorCode;
import org.conflictkg.diag.KgException;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;

/**
 * Who may use the update endpoints: users and passwords from a file or from the environment,
 * never built in. The file takes Jetty's realm format, {@code user: password[,role...]}, one user
 * a line ({@code #} comments; the password may be plain or Jetty's {@code OBF:}, {@code MD5:} or
 * {@code CRYPT:} forms), so {@code user:password} lines work too; a comma starts the role list,
 * so a plain password cannot hold one. {@link #toString()} never shows a password.
 */
public final class AdminCredentials {

    public static final String ENV_USER = "CONFLICT_KG_ADMIN_USER";
    public static final String ENV_PASSWORD = "CONFLICT_KG_ADMIN_PASSWORD";

    private final Map<String, String> passwords;
    private final String source;

    private AdminCredentials(Map<String, String> passwords, String source) {
        if (passwords.isEmpty()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, source + ": no user in it; write user: password lines");
        }
        this.passwords = Map.copyOf(passwords);
        this.source = source;
    }

    /** One user (for tests and the environment). */
    public static AdminCredentials of(String user, String password) {
        return new AdminCredentials(Map.of(checkedUser(user, "user"), checkedPassword(password, user)), "given user");
    }

    /** Reads a realm file: {@code user: password[,roles]} lines. */
    public static AdminCredentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KgException(ErrorCode.CONFIG_INVALID, file + ": cannot read the credentials file ("
                    + e.getMessage() + ")", e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new KgException(ErrorCode.CONFIG_INVALID, file + " line " + (i + 1)
                        + ": expected 'user: password', found no user before a ':'");
            }
            String user = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            int comma = rest.indexOf(',');
            String password = (comma < 0 ? rest : rest.substring(0, comma)).strip();
            users.put(checkedUser(user, file + " line " + (i + 1)), checkedPassword(password, file + " line " + (i + 1)));
        }
        return new AdminCredentials(users, file.toString());
    }

    /**
     * The user in {@value #ENV_USER} and the password in {@value #ENV_PASSWORD}; empty when
     * neither is set, an error when only one is.
     */
    public static Optional<AdminCredentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(ENV_USER);
        String password = env.get(ENV_PASSWORD);
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || password == null) {
            throw new KgException(ErrorCode.CONFIG_INVALID, "set both " + ENV_USER + " and " + ENV_PASSWORD
                    + " (only " + (user == null ? ENV_PASSWORD : ENV_USER) + " is set)");
        }
        return Optional.of(new AdminCredentials(Map.of(checkedUser(user, ENV_USER), checkedPassword(password,
                ENV_PASSWORD)), "the environment"));
    }

    public Set<String> users() {
        return passwords.keySet();
    }

    /** Jetty's user store for the login service; every user is allowed every update. */
    UserStore userStore() {
        UserStore store = new UserStore();
        passwords.forEach((user, password) -> store.addUser(user, Credential.getCredential(password), new String[0]));
        try {
            store.start();
        } catch (Exception e) {
            throw new KgException(ErrorCode.SERVER_FAILURE, "cannot set up the admin users (" + e + ")", e);
        }
        return store;
    }

    private static String checkedUser(String user, String where) {
        if (user == null || user.isBlank() || user.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':')) {
            throw new KgException(ErrorCode.CONFIG_INVALID, where + ": the user name must be non-empty, "
                    + "without spaces or ':'");
        }
        return user;
    }

    private static String checkedPassword(String password, String where) {
        if (password == null || password.isEmpty()) {
            throw new KgException(ErrorCode.CONFIG_INVALID, where + ": empty password; updates need a real one");
        }
        return password;
    }

    @Override
    public String toString() {
        return "AdminCredentials" + users() + " from " + source;
    }
}
