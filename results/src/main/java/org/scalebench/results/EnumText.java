package org.scalebench.results;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one convention for an enum's text. In specs, options, file contents and tables an enum constant
 * is its {@link #token}: the name in lower case with {@code -} for {@code _} ({@code ENDED_WITHOUT_RESULT}
 * is {@code ended-without-result}); in sentences it is its {@link #words} ({@code ended without result}).
 * {@link #parse} reads a token back in any case, with {@code _} or {@code -}.
 */
public final class EnumText {
  private EnumText() {}

  /** {@code value} as a token: lower case, {@code -} for {@code _}. */
  public static String token(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code value} as words in a sentence: lower case, a space for {@code _}. */
  public static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The tokens of {@code type}, e.g. {@code strong | weak}, for help texts and messages. */
  public static <E extends Enum<E>> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(EnumText::token).collect(Collectors.joining(" | "));
  }

  /**
   * The constant of {@code type} whose token is {@code text} (case-insensitive, {@code _} or {@code -}).
   *
   * @param what what the value is, for the message (e.g. {@code "scaling"})
   * @throws BadInputException naming {@code what}, the value and the choices
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    String wanted = text == null ? "" : text.strip().replace('_', '-');
    for (E e : type.getEnumConstants()) {
      if (token(e).equalsIgnoreCase(wanted)) {
        return e;
      }
    }
    throw new BadInputException(what + " must be one of " + choices(type) + ", got '" + text + "'");
  }
}
