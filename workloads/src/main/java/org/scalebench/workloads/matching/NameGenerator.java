package org.scalebench.workloads.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Seeded, realistic name-like test data: people ("Maria Schneider", "Smith, John A.") and companies
 * ("Pacific Logistics Corp.", "Müller & Söhne GmbH"), 5 to 60 code points long, mostly ASCII with
 * some Latin diacritics, CJK and a few characters outside the BMP (emoji, U+20BB7 of "𠮷野家").
 *
 * <p>The right list shares part of the left one the way two customer databases do: some entries
 * are exact duplicates, more are near duplicates (typos: a substituted, dropped, doubled or
 * transposed character; legal forms abbreviated or spelled out, "Corporation" / "Corp." / "Corp";
 * a dropped middle initial; changed punctuation), the rest are unrelated. So at a ratio of 0.8
 * there are matches, many pairs just below, and exact-threshold pairs. The same seed and sizes
 * give the same lists.
 */
public final class NameGenerator {
  /** Shortest and longest generated string, in code points. */
  public static final int MIN_LENGTH_CODE_POINTS = 5;
  public static final int MAX_LENGTH_CODE_POINTS = 60;

  private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer",
      "Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph",
      "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Lisa", "Matthew", "Margaret", "Anna",
      "Hans", "Jürgen", "Søren", "José", "François", "Zoë", "Łukasz", "María", "Chloé", "Björn",
      "Ingrid", "Giovanni", "Sofia", "Mohammed", "Fatima", "Wei", "Yuki", "Hiroshi", "Olga", "Dmitri",
      "Priya", "Raj", "Aisha", "Kwame", "Liam", "Emma", "Noah", "Olivia", "Ángel", "Øyvind"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
      "Miller", "Davis", "Rodriguez", "Martinez", "Müller", "Schmidt", "Schneider", "Fischer", "Weber",
      "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Kowalski", "Nowak", "Novák", "Dubois",
      "Lefèvre", "Rossi", "Russo", "Bianchi", "Andersson", "Johansson", "Nielsen", "Hansen", "O'Brien",
      "MacDonald", "Nguyen", "Tanaka", "Suzuki", "Kim", "Park", "Chen", "Wang", "Singh", "Patel",
      "Ivanov", "Petrov", "Silva", "Santos", "Oliveira", "Ferreira", "García-López", "van der Berg",
      "de la Cruz", "Østergaard", "Çelik", "Yılmaz"};
  private static final String[] ADJECTIVE = {"Global", "United", "First", "National", "Pacific",
      "Atlantic", "Northern", "Advanced", "Applied", "Digital", "Quantum", "Green", "Blue", "Solar",
      "Alpine", "Coastal", "Metro", "Royal", "Summit", "Pioneer", "Apex", "Vertex", "Nova", "Stellar",
      "Crescent", "Harbor", "Prairie", "Granite", "Silver", "Golden", "北京", "東京", "Zürich"};
  private static final String[] NOUN = {"Systems", "Solutions", "Technologies", "Logistics",
      "Holdings", "Industries", "Partners", "Consulting", "Foods", "Energy", "Pharmaceuticals",
      "Networks", "Capital", "Dynamics", "Labs", "Software", "Motors", "Textiles", "Analytics",
      "Robotics", "Trading", "Construction", "Media", "Insurance", "Bank", "Brewing", "Shipping"};
  /** Legal forms: each row lists the spellings of one form that databases mix. */
  private static final String[][] LEGAL_FORMS = {{"Corporation", "Corp.", "Corp"},
      {"Incorporated", "Inc.", "Inc"}, {"Limited", "Ltd.", "Ltd"}, {"Company", "Co.", "Co"},
      {"GmbH"}, {"AG"}, {"S.A."}, {"B.V."}, {"plc", "PLC"}, {"LLC", "L.L.C."},
      {"& Co. KG", "& Co KG"}, {"Aktiengesellschaft", "AG"}};
  /** Rare code points outside the BMP, mixed into a few names. */
  private static final String[] NON_BMP = {"😀", "🚀", "🌞", "𝔸", "𠮷"};
  private static final String[] NON_BMP_COMPANIES = {"𠮷野家", "𠮷田 Trading", "🚀 Launch Labs",
      "Sunny 🌞 Foods", "𝔸lpha Analytics"};
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  /** A middle initial, compiled once (String.replaceFirst compiles its regex on every call). */
  private static final Pattern MIDDLE_INITIAL = Pattern.compile(" [A-Z]\\. ");

  private final long seed;

  public NameGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * A left list of {@code leftSize} names and a right list of {@code rightSize}: about 5% of the
   * right entries are exact copies of left ones and 35% near copies, the rest new names.
   */
  public NameLists generate(int leftSize, int rightSize) {
    if (leftSize < 0 || rightSize < 0) {
      throw new IllegalArgumentException(
          "list sizes must be >= 0, got left " + leftSize + ", right " + rightSize);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> left = new ArrayList<>(leftSize);
    for (int i = 0; i < leftSize; i++) {
      left.add(fresh(random));
    }
    List<String> right = new ArrayList<>(rightSize);
    for (int i = 0; i < rightSize; i++) {
      double kind = random.nextDouble();
      if (leftSize > 0 && kind < 0.05) {
        right.add(left.get(random.nextInt(leftSize)));
      } else if (leftSize > 0 && kind < 0.40) {
        right.add(variant(left.get(random.nextInt(leftSize)), random));
      } else {
        right.add(fresh(random));
      }
    }
    return new NameLists(left, right);
  }

  private String fresh(SplittableRandom random) {
    while (true) {
      String name = random.nextInt(100) < 55 ? person(random) : company(random);
      if (fits(name)) {
        return name;
      }
    }
  }

  private static String person(SplittableRandom random) {
    String first = pick(FIRST, random);
    String last = pick(LAST, random);
    int style = random.nextInt(10);
    String name;
    if (style < 5) {
      name = first + " " + last;
    } else if (style < 7) {
      name = first + " " + (char) ('A' + random.nextInt(26)) + ". " + last;
    } else if (style < 9) {
      name = last + ", " + first;
    } else {
      name = first + " " + pick(FIRST, random) + " " + last + "-" + pick(LAST, random);
    }
    if (random.nextInt(200) == 0) {
      name = name + " " + pick(NON_BMP, random);
    }
    return name;
  }

  private static String company(SplittableRandom random) {
    if (random.nextInt(100) == 0) {
      return pick(NON_BMP_COMPANIES, random);
    }
    String[] form = LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
    String legal = form[random.nextInt(form.length)];
    int style = random.nextInt(10);
    if (style < 5) {
      return pick(ADJECTIVE, random) + " " + pick(NOUN, random) + " " + legal;
    } else if (style < 7) {
      return pick(LAST, random) + " & " + pick(LAST, random) + " " + legal;
    } else if (style < 9) {
      return pick(LAST, random) + " " + pick(NOUN, random) + " " + legal;
    }
    return pick(ADJECTIVE, random) + " " + pick(ADJECTIVE, random) + " " + pick(NOUN, random);
  }

  /** A near duplicate: one to three edits of the kinds two databases of the same names differ by. */
  private String variant(String name, SplittableRandom random) {
    for (int attempt = 0; attempt < 10; attempt++) {
      String changed = name;
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        changed = edit(changed, random);
      }
      if (fits(changed)) {
        return changed;
      }
    }
    return name;
  }

  private static String edit(String name, SplittableRandom random) {
    int[] cps = name.codePoints().toArray();
    int n = cps.length;
    int at = random.nextInt(n);
    switch (random.nextInt(7)) {
      case 0: // a substituted letter (typo)
        cps[at] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return new String(cps, 0, n);
      case 1: // a dropped character
        return new String(cps, 0, at) + new String(cps, at + 1, n - at - 1);
      case 2: // a doubled character
        return new String(cps, 0, at + 1) + new String(cps, at, n - at);
      case 3: // two neighbours transposed
        if (n >= 2) {
          int i = Math.min(at, n - 2);
          int swap = cps[i];
          cps[i] = cps[i + 1];
          cps[i + 1] = swap;
        }
        return new String(cps, 0, n);
      case 4: // another spelling of the legal form
        return respellLegalForm(name, random);
      case 5: // punctuation and middle initials come and go
        return MIDDLE_INITIAL.matcher(name).replaceFirst(" ").replace(",", "").replace(" & ", " and ");
      default: // case of one letter
        cps[at] = Character.isUpperCase(cps[at]) ? Character.toLowerCase(cps[at])
            : Character.toUpperCase(cps[at]);
        return new String(cps, 0, n);
    }
  }

  private static String respellLegalForm(String name, SplittableRandom random) {
    for (String[] form : LEGAL_FORMS) {
      for (String spelling : form) {
        if (form.length > 1 && name.endsWith(" " + spelling)) {
          String other = form[random.nextInt(form.length)];
          return name.substring(0, name.length() - spelling.length()) + other;
        }
      }
    }
    return name;
  }

  private static boolean fits(String name) {
    int length = name.codePointCount(0, name.length());
    return length >= MIN_LENGTH_CODE_POINTS && length <= MAX_LENGTH_CODE_POINTS;
  }

  private static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }
}
