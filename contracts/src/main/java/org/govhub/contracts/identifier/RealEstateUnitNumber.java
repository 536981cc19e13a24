package org.govhub.contracts.identifier;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Real-estate unit number 不动产单元号 (GB/T 37346-2019): 28 characters, the 19-character
 * parcel code 宗地/宗海代码 followed by the 9-character fixture code 定着物代码. It has no check
 * digit, so only its shape and code letters can be checked.
 */
public final class RealEstateUnitNumber {

    private static final String STANDARD = "GB/T 37346-2019";
    private static final Pattern FORMAT = Pattern.compile("^\\d{12}[GJZ][A-Z]\\d{5}[FLQW]\\d{8}$");

    /**
     * 宗地特征码 second character, the right type: A 土地所有权, B/S/X 建设用地使用权 (surface,
     * above, below ground), C 宅基地, D/E/F 土地承包经营权, L 林地使用权, H 海域使用权,
     * G 无居民海岛, W 未定/争议, Y 其他. Only partly verified against the standard, hence
     * {@link #check(String, Set)}.
     */
    public static final Set<Character> RIGHT_TYPE_CODES =
            Set.of('A', 'B', 'S', 'X', 'C', 'D', 'E', 'F', 'L', 'H', 'G', 'W', 'Y');

    private RealEstateUnitNumber() {
    }

    /** Empty when valid, else why not; the message never contains the number itself. */
    public static Optional<String> check(String number) {
        return check(number, RIGHT_TYPE_CODES);
    }

    /** As {@link #check(String)}, with another list of right-type codes. */
    public static Optional<String> check(String number, Set<Character> rightTypeCodes) {
        if (number == null || number.isEmpty()) {
            return Optional.of("real-estate unit number is missing (" + STANDARD + ")");
        }
        if (!FORMAT.matcher(number).matches()) {
            return Optional.of("real-estate unit number must be 12 digits, G/J/Z, a letter, 5 digits, F/L/Q/W and 8 digits ("
                    + STANDARD + " format)");
        }
        if (!rightTypeCodes.contains(rightTypeCode(number))) {
            return Optional.of("real-estate unit number has an unknown right type in its parcel feature code ("
                    + STANDARD + " 宗地特征码)");
        }
        return Optional.empty();
    }

    /** The county-level division code (GB/T 2260), characters 1-6. */
    public static String divisionCode(String number) {
        return requireFormat(number).substring(0, 6);
    }

    /** The parcel code 宗地/宗海代码, characters 1-19. */
    public static String parcelCode(String number) {
        return requireFormat(number).substring(0, 19);
    }

    /** 宗地特征码 first character, the ownership: G 国家, J 集体, Z 未确定/争议. */
    public static char ownershipCode(String number) {
        return requireFormat(number).charAt(12);
    }

    /** 宗地特征码 second character, the right type; see {@link #RIGHT_TYPE_CODES}. */
    public static char rightTypeCode(String number) {
        return requireFormat(number).charAt(13);
    }

    /** The fixture code 定着物代码, characters 20-28: F/L/Q/W plus the 8-digit unit number. */
    public static String fixtureCode(String number) {
        return requireFormat(number).substring(19);
    }

    private static String requireFormat(String number) {
        if (number == null || !FORMAT.matcher(number).matches()) {
            throw new IllegalArgumentException("not a real-estate unit number in " + STANDARD + " format");
        }
        return number;
    }
}
