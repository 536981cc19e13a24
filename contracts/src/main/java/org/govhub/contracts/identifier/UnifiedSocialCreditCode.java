package org.govhub.contracts.identifier;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Unified social credit code 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check
 * character over the first 17.
 *
 * <p>Some codes issued by early pilots fail the standard's check yet are real; a checker accepts
 * the ones it is given. Use {@link #standard()} unless there is a reason to differ.
 */
public final class UnifiedSocialCreditCode {

    private static final String STANDARD = "GB 32100-2015";
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern FORMAT =
            Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");

    /** Real codes from early pilots that fail the check (cited by hutool and aarioai/id-rule). */
    private static final Set<String> KNOWN_PILOT_CODES = Set.of(
            "91350211M00013FA1N", "91350100M0001TGQXM", "91350211M0000XUF46", "91350203M0001FUE2P");

    private static final UnifiedSocialCreditCode STANDARD_CHECKER =
            new UnifiedSocialCreditCode(KNOWN_PILOT_CODES);

    private final Set<String> acceptedPilotCodes;

    /**
     * @param acceptedPilotCodes well-formed codes to accept although their check character is
     *                           wrong; an empty set applies the standard strictly
     */
    public UnifiedSocialCreditCode(Set<String> acceptedPilotCodes) {
        this.acceptedPilotCodes = Set.copyOf(acceptedPilotCodes);
    }

    /** The standard's rule, accepting the four known pilot codes. */
    public static UnifiedSocialCreditCode standard() {
        return STANDARD_CHECKER;
    }

    /** Empty when valid, else why not; the message never contains the code itself. */
    public Optional<String> check(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("unified social credit code is missing (" + STANDARD + ")");
        }
        if (code.length() != 18) {
            return Optional.of("unified social credit code must be 18 characters (" + STANDARD + " format)");
        }
        if (!code.chars().allMatch(c -> CHARSET.indexOf(c) >= 0)) {
            return Optional.of("unified social credit code may only use 0-9 and upper-case A-Z without I, O, S, V, Z ("
                    + STANDARD + " character set)");
        }
        if (!FORMAT.matcher(code).matches()) {
            return Optional.of("unified social credit code must have digits in positions 3-8, the division code ("
                    + STANDARD + " format)");
        }
        if (code.charAt(17) != checkChar(code.substring(0, 17)) && !acceptedPilotCodes.contains(code)) {
            return Optional.of("unified social credit code has a wrong check character (" + STANDARD + ")");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkChar(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters of a unified social credit code");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is outside the " + STANDARD + " character set");
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
