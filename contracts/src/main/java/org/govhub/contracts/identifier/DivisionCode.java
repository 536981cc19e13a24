package org.govhub.contracts.identifier;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrative division codes (GB/T 2260): six digits {@code PPCCDD}, province, prefecture,
 * county.
 */
public final class DivisionCode {

    /** 山东省聊城市高唐县 since 1997; numbers issued earlier can start with 372527. */
    public static final String GAOTANG = "371526";

    private static final String STANDARD = "GB/T 2260";
    private static final Pattern FORMAT = Pattern.compile("^\\d{6}$");

    // Province-level prefixes have been stable since 1997 (Chongqing, 50, was the last one added),
    // so a fixed list does not go stale the way county codes do.
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    private DivisionCode() {
    }

    /** Empty when valid, else why not; the message never contains the code itself. */
    public static Optional<String> check(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("division code is missing (" + STANDARD + ")");
        }
        if (!FORMAT.matcher(code).matches()) {
            return Optional.of("division code must be 6 digits (" + STANDARD + " format)");
        }
        if (!isProvince(code.substring(0, 2))) {
            return Optional.of("division code does not start with a province-level code (" + STANDARD + ")");
        }
        return Optional.empty();
    }

    /** Whether two digits are one of the 34 province-level codes of GB/T 2260. */
    public static boolean isProvince(String twoDigits) {
        return twoDigits != null && PROVINCES.contains(twoDigits);
    }
}
