package org.govhub.simulators.heat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The fields of {@code transfer.do}, checked as strictly as the heating company's application does. */
record HeatTransferForm(String reqNo, String fwzl, String bdcdyh, String xhzxm, String xhzzjh, String xhzsj,
                        String yhzxm, String ghrq) {

    /** A field is missing, repeated, unknown or malformed; {@code field} names it. */
    static final class BadParameterException extends Exception {

        private final String field;

        BadParameterException(String field) {
            super("bad parameter " + field);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private static final Set<String> FIELDS = Set.of("reqNo", "fwzl", "bdcdyh", "xhzxm", "xhzzjh", "xhzsj", "yhzxm", "ghrq");
    private static final Pattern UNIT_NUMBER = Pattern.compile("^\\d{12}[GJZ][A-Z]\\d{5}[FLQW]\\d{8}$");
    private static final Pattern ID_NUMBER = Pattern.compile("^[0-9A-Z]{18}$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final DateTimeFormatter GHRQ = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    static HeatTransferForm read(Map<String, List<String>> form) throws BadParameterException {
        for (String name : form.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new BadParameterException(name);
            }
        }
        HeatTransferForm f = new HeatTransferForm(single(form, "reqNo"), single(form, "fwzl"), single(form, "bdcdyh"),
                single(form, "xhzxm"), single(form, "xhzzjh"), single(form, "xhzsj"), single(form, "yhzxm"),
                single(form, "ghrq"));
        text("reqNo", f.reqNo(), 1, 100);
        text("fwzl", f.fwzl(), 2, 200);
        matches("bdcdyh", f.bdcdyh(), UNIT_NUMBER);
        text("xhzxm", f.xhzxm(), 1, 100);
        matches("xhzzjh", f.xhzzjh(), ID_NUMBER);
        if (f.xhzsj() != null) {
            matches("xhzsj", f.xhzsj(), MOBILE);
        }
        text("yhzxm", f.yhzxm(), 1, 100);
        try {
            LocalDate.parse(f.ghrq() == null ? "" : f.ghrq(), GHRQ);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("ghrq");
        }
        return f;
    }

    private static String single(Map<String, List<String>> form, String name) throws BadParameterException {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadParameterException(name);
        }
        return values.get(0);
    }

    private static void text(String field, String value, int minLength, int maxLength) throws BadParameterException {
        if (value == null || value.isBlank() || value.length() < minLength || value.length() > maxLength) {
            throw new BadParameterException(field);
        }
    }

    private static void matches(String field, String value, Pattern pattern) throws BadParameterException {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new BadParameterException(field);
        }
    }
}
