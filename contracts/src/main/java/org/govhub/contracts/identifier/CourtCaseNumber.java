package org.govhub.contracts.identifier;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A people's court case number 案号, as the Supreme People's Court's rules on case numbers
 * (《最高人民法院关于人民法院案件案号的若干规定》, in force since 2016-01-01) lay it out:
 * {@code （收案年度）+ 法院代字 + 类型代字 + 案件编号 + 号}, e.g. {@code （2026）鲁1526执123号}.
 * <ul>
 *   <li>收案年度: the calendar year the case was received, four digits, in full-width
 *       parentheses; not before 2016 (earlier numbers followed other rules) and not in the future;</li>
 *   <li>法院代字: the province's one-character abbreviation (鲁 Shandong), followed for an
 *       intermediate court by its two-digit code and for a basic court by four digits (鲁15 聊城中院,
 *       鲁1526 高唐县法院); the Supreme People's Court is 最高法;</li>
 *   <li>类型代字: the case type, at most three Chinese characters (执 first enforcement, 执恢
 *       resumed enforcement, 民初 first-instance civil...);</li>
 *   <li>案件编号: the sequence number within the year, a natural number without leading zeros.</li>
 * </ul>
 * The court codes are published by the Supreme People's Court; only their shape is checked here.
 */
public final class CourtCaseNumber {

    private static final String RULE = "最高人民法院关于人民法院案件案号的若干规定";
    /** The one-character abbreviations of the provincial-level divisions, and 兵 for the Xinjiang Production and Construction Corps' courts. */
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台兵";
    private static final Pattern FORMAT = Pattern.compile(
            "^（(\\d{4})）(最高法|[" + PROVINCES + "](?:\\d{2}|\\d{4})?)(\\p{IsHan}{1,3}?)([1-9]\\d{0,7})号$");
    private static final int FIRST_YEAR = 2016;
    /** The type codes of enforcement cases (执行案件), the only ones in which a property is transferred in satisfaction of a debt. */
    public static final Set<String> ENFORCEMENT_TYPES = Set.of("执", "执恢", "执保", "执异", "执复", "执监", "执协");

    private CourtCaseNumber() {
    }

    /** Empty when the number has the rules' shape, else why not; the message never contains the number. */
    public static Optional<String> check(String number) {
        return check(number, Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    static Optional<String> check(String number, Clock clock) {
        if (number == null || number.isEmpty()) {
            return Optional.of("court case number is missing (" + RULE + ")");
        }
        Matcher m = FORMAT.matcher(number);
        if (!m.matches()) {
            return Optional.of("court case number must be （year）+ court code + case type + sequence number + 号,"
                    + " e.g. （2026）鲁1526执1号 (" + RULE + ", art. 3)");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR) {
            return Optional.of("court case number's year is before " + FIRST_YEAR + ", when the rules took effect");
        }
        if (year > Year.now(clock).getValue()) {
            return Optional.of("court case number's year is in the future");
        }
        return Optional.empty();
    }

    /** Empty when {@link #check(String)} passes and the case type is an enforcement type, else why not. */
    public static Optional<String> checkEnforcement(String number) {
        Optional<String> problem = check(number);
        if (problem.isPresent()) {
            return problem;
        }
        Matcher m = FORMAT.matcher(number);
        m.matches();
        return ENFORCEMENT_TYPES.contains(m.group(3)) ? Optional.empty()
                : Optional.of("court case number is not an enforcement case (case type must be one of "
                        + String.join(" ", ENFORCEMENT_TYPES.stream().sorted().toList()) + ")");
    }
}
