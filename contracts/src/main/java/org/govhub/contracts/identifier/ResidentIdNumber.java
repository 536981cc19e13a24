package org.govhub.contracts.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resident ID number 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class ResidentIdNumber {

    private static final String STANDARD = "GB 11643-1999";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final Pattern FORMAT = Pattern.compile("^\\d{17}[0-9X]$");
    private static final Pattern DIGITS_15 = Pattern.compile("^\\d{15}$");
    private static final Pattern DIGITS_17 = Pattern.compile("^\\d{17}$");
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    // "Not born yet" is judged by the issuing country's calendar, not the server's zone.
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ResidentIdNumber() {
    }

    /**
     * Empty when valid, else why not; the message never contains the number itself. A lower-case
     * x is rejected: {@link #normalise(String)} first where input may carry one.
     */
    public static Optional<String> check(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("resident ID number is missing (" + STANDARD + ")");
        }
        if (!FORMAT.matcher(id).matches()) {
            return Optional.of("resident ID number must be 17 digits followed by a digit or X (" + STANDARD + " format)");
        }
        if (!DivisionCode.isProvince(id.substring(0, 2))) {
            return Optional.of("resident ID number does not start with a province-level address code ("
                    + STANDARD + ", GB/T 2260)");
        }
        Optional<String> birthDateProblem = checkBirthDate(id.substring(6, 14));
        if (birthDateProblem.isPresent()) {
            return birthDateProblem;
        }
        if (id.charAt(17) != checkChar(id.substring(0, 17))) {
            return Optional.of("resident ID number has a wrong check character (" + STANDARD + " MOD 11-2)");
        }
        return Optional.empty();
    }

    private static Optional<String> checkBirthDate(String yyyymmdd) {
        LocalDate birth;
        try {
            birth = LocalDate.parse(yyyymmdd, BIRTH_DATE);
        } catch (DateTimeException e) {
            return Optional.of("resident ID number's birth date is not a real calendar date (" + STANDARD + ")");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return Optional.of("resident ID number's birth date is before 1900 (" + STANDARD + ")");
        }
        if (birth.isAfter(LocalDate.now(CHINA))) {
            return Optional.of("resident ID number's birth date is in the future (" + STANDARD + ")");
        }
        return Optional.empty();
    }

    /** The MOD 11-2 check character for the first 17 digits. */
    public static char checkChar(String first17) {
        if (first17 == null || !DIGITS_17.matcher(first17).matches()) {
            throw new IllegalArgumentException("need the first 17 digits of a resident ID number");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The 18-character number for a first-generation 15-digit one (born in the 1900s). */
    public static String upgrade15To18(String id15) {
        if (id15 == null || !DIGITS_15.matcher(id15).matches()) {
            throw new IllegalArgumentException("need a 15-digit first-generation resident ID number");
        }
        String first17 = id15.substring(0, 6) + "19" + id15.substring(6);
        return first17 + checkChar(first17);
    }

    /** Trims the number and upper-cases its check character x, as people often type it. */
    public static String normalise(String id) {
        if (id == null) {
            return null;
        }
        String trimmed = id.strip();
        return trimmed.endsWith("x") ? trimmed.substring(0, trimmed.length() - 1) + 'X' : trimmed;
    }
}
