package uk.contactpoint.child.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.contactpoint.audit.entity.AuditedRecord;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

/**
 * A child's record: contact-level facts only (DESIGN.md section 1), each with its source and date.
 * The record keeps its own search keys in step with its names, date of birth and address, so every
 * search stays an index lookup.
 */
@Entity
@Table(name = "child")
public class Child implements AuditedRecord {

  /** Opaque ids are what URLs and the API carry; never NHS numbers, never sequence values. */
  public static final int PUBLIC_ID_LENGTH = 36;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "public_id", length = PUBLIC_ID_LENGTH, nullable = false, unique = true)
  private String publicId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Embedded private PersonName name;

  @ElementCollection
  @CollectionTable(name = "child_former_name", joinColumns = @JoinColumn(name = "child_id"))
  @OrderColumn(name = "list_index")
  private List<PersonName> formerNames = new ArrayList<>();

  /**
   * Every spelling of the name a source (or the team) has sent: the facts the name is chosen from.
   */
  @ElementCollection
  @CollectionTable(name = "child_name_spelling", joinColumns = @JoinColumn(name = "child_id"))
  @OrderColumn(name = "list_index")
  private List<NameSpelling> nameSpellings = new ArrayList<>();

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "gender", length = 16, nullable = false)
  private Gender gender;

  /** Source and date of the name, date of birth and gender. */
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "source", column = @Column(name = "core_source")),
    @AttributeOverride(name = "updatedAt", column = @Column(name = "core_updated_at"))
  })
  private Provenance coreProvenance;

  @Embedded private Address address;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "source", column = @Column(name = "address_source")),
    @AttributeOverride(name = "updatedAt", column = @Column(name = "address_updated_at"))
  })
  private Provenance addressProvenance;

  @ElementCollection
  @CollectionTable(name = "child_address_history", joinColumns = @JoinColumn(name = "child_id"))
  @OrderColumn(name = "list_index")
  private List<PastAddress> addressHistory = new ArrayList<>();

  @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ChildIdentifier> identifiers = new ArrayList<>();

  @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderColumn(name = "list_index")
  private List<ParentCarer> parentsCarers = new ArrayList<>();

  @Embedded private SchoolRegistration school;

  @Embedded private GpRegistration gp;

  @Embedded private CafIndicator caf;

  @Column(name = "shielded", nullable = false)
  private boolean shielded;

  /** Set when the data-quality team merged this record into another (see {@link ChildMerge}). */
  @ManyToOne
  @JoinColumn(name = "merged_into_id")
  private Child mergedInto;

  /**
   * The day the record was archived (rule 8): from then on only the section's team, for a year,
   * sees it.
   */
  @Column(name = "archived_on")
  private LocalDate archivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "archive_reason", length = 20)
  private ArchiveReason archiveReason;

  @Column(name = "new_identity", nullable = false)
  private boolean newIdentity;

  @Column(name = "date_of_death")
  private LocalDate dateOfDeath;

  @Column(name = "death_source", length = Provenance.SOURCE_LENGTH)
  private String deathSource;

  @ElementCollection
  @CollectionTable(name = "child_search_key", joinColumns = @JoinColumn(name = "child_id"))
  private Set<SearchKey> searchKeys = new HashSet<>();

  @Version
  @Column(name = "version")
  private int version;

  protected Child() {}

  public Child(
      String publicId,
      LocalAuthoritySection section,
      PersonName name,
      LocalDate birthDate,
      Gender gender,
      Address address,
      Provenance provenance) {
    if (publicId == null || publicId.isBlank() || publicId.length() > PUBLIC_ID_LENGTH) {
      throw new IllegalArgumentException(
          "A record needs an opaque id of 1 to " + PUBLIC_ID_LENGTH + " characters");
    }
    Objects.requireNonNull(birthDate, "birthDate");
    this.publicId = publicId;
    this.section = Objects.requireNonNull(section, "section");
    this.name = Objects.requireNonNull(name, "name");
    this.birthDate = birthDate;
    this.gender = Objects.requireNonNull(gender, "gender");
    this.coreProvenance = Objects.requireNonNull(provenance, "provenance");
    this.address = Objects.requireNonNull(address, "address");
    this.addressProvenance = provenance;
    rebuildSearchKeys();
  }

  /** A name the child was known by before: it stays searchable. */
  public void recordFormerName(PersonName formerName) {
    if (!formerNames.contains(formerName) && !formerName.equals(name)) {
      formerNames.add(formerName);
      rebuildSearchKeys();
    }
  }

  /**
   * The team's correction of the name, after checking with the family or a source: it is shown at
   * once, and held as the team's spelling, which only what sources send after it can outvote (see
   * {@link #nameSent}).
   */
  public void rename(PersonName newName, Provenance provenance) {
    knowSpellingsSoFar();
    recordSpelling(newName, provenance, NameSpelling.Authority.TEAM);
    show(newName, provenance);
  }

  /**
   * A source sent this spelling of the name. Names are facts with provenance, not overwrites
   * (docs/feeds.md, "Names"): every spelling is kept, with its source and when, and one source's
   * misspelling never renames the child for everyone. The name shown is the spelling most sources
   * send now (each source counts once, for the latest spelling it sent); once the team has
   * corrected the name, only what sources sent after the correction counts against it. A tie goes
   * to the team's spelling, then to a register of the legal name (health), then to the name shown
   * now. Every other spelling is a former name, found by search and met by matching; so a legal
   * change of name takes effect when the sources agree on it, and the old name stays searchable.
   *
   * @return whether the name shown changed
   */
  public boolean nameSent(PersonName spelling, Provenance provenance, boolean register) {
    knowSpellingsSoFar();
    recordSpelling(
        spelling,
        provenance,
        register ? NameSpelling.Authority.REGISTER : NameSpelling.Authority.SOURCE);
    NameSpelling chosen = chosenSpelling();
    boolean changed = !chosen.name().equals(name);
    if (changed) {
      show(
          chosen.name(),
          chosen.isFrom(provenance.source(), spelling)
              ? provenance
              : new Provenance(chosen.source(), chosen.lastSentAt()));
    }
    recordFormerName(spelling);
    return changed;
  }

  /**
   * A link that sent a spelling is undone: the spelling's send is taken back (the row goes if the
   * link added it, or its last send returns to what it was), and the spelling stops being a former
   * name if nothing holds it any more.
   */
  public void unsendName(PersonName spelling, String source, Instant previousLastSent) {
    for (int i = 0; i < nameSpellings.size(); i++) {
      if (nameSpellings.get(i).isFrom(source, spelling)) {
        if (previousLastSent == null) {
          nameSpellings.remove(i);
        } else {
          nameSpellings.set(i, nameSpellings.get(i).lastSentBack(previousLastSent));
        }
        break;
      }
    }
    if (!spelling.equals(name)
        && nameSpellings.stream().noneMatch(s -> s.name().equals(spelling))) {
      forgetFormerName(spelling);
    }
  }

  /** When this source last sent this spelling; none if it never did. */
  public Optional<Instant> lastSent(PersonName spelling, String source) {
    return nameSpellings.stream()
        .filter(s -> s.isFrom(source, spelling))
        .map(NameSpelling::lastSentAt)
        .findFirst();
  }

  public List<NameSpelling> nameSpellings() {
    return List.copyOf(nameSpellings);
  }

  /**
   * A record held before spellings were kept (or made by the team) has its name as its first
   * spelling.
   */
  private void knowSpellingsSoFar() {
    if (nameSpellings.isEmpty()) {
      nameSpellings.add(NameSpelling.first(name, coreProvenance, NameSpelling.Authority.SOURCE));
    }
  }

  private void recordSpelling(
      PersonName spelling, Provenance provenance, NameSpelling.Authority authority) {
    for (int i = 0; i < nameSpellings.size(); i++) {
      NameSpelling held = nameSpellings.get(i);
      if (held.isFrom(provenance.source(), spelling)) {
        // Sent again: only its place in time matters to the rule, so the row is written only when
        // the source had sent another spelling since, or the team corrected the name since.
        boolean overtaken =
            nameSpellings.stream()
                .anyMatch(
                    other ->
                        other != held
                            && other.lastSentAt().isAfter(held.lastSentAt())
                            && (other.source().equals(held.source())
                                || other.authority() == NameSpelling.Authority.TEAM));
        if (overtaken) {
          nameSpellings.set(i, held.sentAgain(provenance.updatedAt()));
        }
        return;
      }
    }
    nameSpellings.add(NameSpelling.first(spelling, provenance, authority));
  }

  /** The rule of {@link #nameSent}: each source's latest spelling, counted. */
  private NameSpelling chosenSpelling() {
    java.util.Map<String, NameSpelling> latestBySource = new java.util.LinkedHashMap<>();
    for (NameSpelling spelling : nameSpellings) {
      latestBySource.merge(
          spelling.source(),
          spelling,
          (one, other) -> other.lastSentAt().isBefore(one.lastSentAt()) ? one : other);
    }
    Optional<Instant> corrected =
        latestBySource.values().stream()
            .filter(s -> s.authority() == NameSpelling.Authority.TEAM)
            .map(NameSpelling::lastSentAt)
            .max(Instant::compareTo);
    List<NameSpelling> counted =
        latestBySource.values().stream()
            .filter(s -> corrected.map(at -> !s.lastSentAt().isBefore(at)).orElse(true))
            .toList();
    java.util.Map<String, List<NameSpelling>> byKey =
        counted.stream()
            .collect(
                Collectors.groupingBy(
                    NameSpelling::key, java.util.LinkedHashMap::new, Collectors.toList()));
    String shownKey = NameSpelling.keyOf(name);
    java.util.Comparator<java.util.Map.Entry<String, List<NameSpelling>>> rank =
        java.util.Comparator.<java.util.Map.Entry<String, List<NameSpelling>>>comparingInt(
                e -> e.getValue().size())
            .thenComparing(
                e ->
                    e.getValue().stream()
                        .anyMatch(s -> s.authority() == NameSpelling.Authority.TEAM))
            .thenComparing(
                e ->
                    e.getValue().stream()
                        .anyMatch(s -> s.authority() == NameSpelling.Authority.REGISTER))
            .thenComparing(e -> e.getKey().equals(shownKey));
    List<NameSpelling> winners = byKey.entrySet().stream().max(rank).orElseThrow().getValue();
    // Of one spelling written in several cases, the one shown now stays; otherwise the newest.
    return winners.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseGet(
            () ->
                winners.stream()
                    .max(java.util.Comparator.comparing(NameSpelling::lastSentAt))
                    .orElseThrow());
  }

  /**
   * The name shown becomes {@code newName}; the old one becomes a former name, so searches still
   * find it. Each name is held once, and the current one is not a former name: a name coming back
   * (a source's two spellings in turn, a correction undone) leaves the former names. Besides being
   * what the record means, that keeps every former name's row unique, which the list's storage
   * needs (its rows are re-indexed by value).
   */
  private void show(PersonName newName, Provenance provenance) {
    if (!newName.equals(name)) {
      formerNames.removeIf(newName::equals);
      if (!formerNames.contains(name)) {
        formerNames.add(name);
      }
      name = newName;
      coreProvenance = provenance;
      rebuildSearchKeys();
    }
  }

  /** The team corrects the date of birth or gender after checking with the family or a source. */
  public void correctCore(LocalDate newBirthDate, Gender newGender, Provenance provenance) {
    boolean changed = false;
    if (newBirthDate != null && !newBirthDate.equals(birthDate)) {
      birthDate = newBirthDate;
      changed = true;
    }
    if (newGender != null && newGender != gender) {
      gender = newGender;
      changed = true;
    }
    if (changed) {
      coreProvenance = provenance;
      rebuildSearchKeys();
    }
  }

  /** The child moved (or the address status changed); the old address is kept as history. */
  public void moveTo(Address newAddress, Provenance provenance) {
    addressHistory.add(
        new PastAddress(address, addressProvenance.source(), provenance.updatedAt()));
    address = Objects.requireNonNull(newAddress, "newAddress");
    addressProvenance = provenance;
    rebuildSearchKeys();
  }

  public ChildIdentifier recordNhsNumber(NhsNumber number, Provenance provenance) {
    return addIdentifier(ChildIdentifier.nhsNumber(this, number, provenance));
  }

  public ChildIdentifier recordUpn(String upn, Provenance provenance) {
    return addIdentifier(ChildIdentifier.upn(this, upn, provenance));
  }

  /** The value of one kind of identifier from one issuer (NHS, DFE or a source code), if held. */
  public Optional<String> identifier(IdentifierType type, String issuer) {
    return identifiers.stream()
        .filter(i -> i.type() == type && i.issuer().equals(issuer))
        .map(ChildIdentifier::value)
        .findFirst();
  }

  /**
   * The child now lives in another local authority: the record moves to that section's team. The
   * transfer is returned for both teams' lists.
   */
  public ChildTransfer transferTo(LocalAuthoritySection newSection, Provenance provenance) {
    if (newSection.id() != null && newSection.id().equals(section.id())) {
      throw new IllegalArgumentException("The child is in that section already");
    }
    ChildTransfer transfer =
        new ChildTransfer(this, section, newSection, provenance.source(), provenance.updatedAt());
    section = newSection;
    return transfer;
  }

  /**
   * The child lives under a new identity (adoption, protection): the former names and the
   * identifiers of the old identity go, so nothing of it is searchable or matchable here, and
   * matching never links a record to this one unseen (rules 5 and 10).
   */
  public void startNewIdentity() {
    newIdentity = true;
    formerNames.clear();
    nameSpellings.clear();
    identifiers.clear();
    rebuildSearchKeys();
  }

  /**
   * This record is the same child as {@code survivor}: it retires into it and is no longer found.
   */
  public void retireInto(Child survivor) {
    if (survivor == this || isMerged() || survivor.isMerged()) {
      throw new IllegalArgumentException("Merge two different records that are not merged already");
    }
    mergedInto = survivor;
    rebuildSearchKeys();
  }

  /** A wrong merge is split: this record is found again. */
  public void returnFromMerge() {
    mergedInto = null;
    rebuildSearchKeys();
  }

  public boolean isMerged() {
    return mergedInto != null;
  }

  public Optional<Child> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public void forgetFormerName(PersonName formerName) {
    if (formerNames.remove(formerName)) {
      rebuildSearchKeys();
    }
  }

  /**
   * A link to the wrong child is undone: the name it replaced comes back, and stops being a former
   * name (the link's rename had made it one).
   */
  public void restoreName(PersonName before, Provenance provenance) {
    formerNames.removeIf(Objects.requireNonNull(before, "before")::equals);
    name = before;
    coreProvenance = Objects.requireNonNull(provenance, "provenance");
    rebuildSearchKeys();
  }

  /**
   * A link to the wrong child is undone: the address it replaced comes back and leaves the history.
   */
  public void restoreAddress(Address before, Provenance provenance) {
    if (!addressHistory.isEmpty()) {
      addressHistory.remove(addressHistory.size() - 1);
    }
    address = Objects.requireNonNull(before, "before");
    addressProvenance = Objects.requireNonNull(provenance, "provenance");
    rebuildSearchKeys();
  }

  /** A death recorded from a record that was not this child's. */
  public void withdrawDeath() {
    dateOfDeath = null;
    deathSource = null;
  }

  /** An identifier that came with a record that was not this child's. */
  public void removeIdentifier(IdentifierType type, String issuer, String value) {
    identifiers.removeIf(i -> i.sameAs(type, issuer, value));
  }

  public void removeParentCarer(ParentCarer carer) {
    if (parentsCarers.remove(carer)) {
      rebuildSearchKeys();
    }
  }

  public void leaveSchool() {
    school = null;
  }

  public void leaveGp() {
    gp = null;
  }

  /**
   * Archived: out of search and of practitioners' sight; its personal data is deleted six years on.
   */
  public void archive(LocalDate on, ArchiveReason reason) {
    if (archivedOn == null) {
      archivedOn = on;
      archiveReason = reason;
      rebuildSearchKeys();
    }
  }

  public boolean isArchived() {
    return archivedOn != null;
  }

  public Optional<LocalDate> archivedOn() {
    return Optional.ofNullable(archivedOn);
  }

  public Optional<ArchiveReason> archiveReason() {
    return Optional.ofNullable(archiveReason);
  }

  /**
   * From 18 only carers are kept on a record, not parents (a young adult's parents are not their
   * carers).
   */
  public int dropParentsKeepingCarers() {
    int before = parentsCarers.size();
    if (parentsCarers.removeIf(p -> !p.relationship().isCarer())) {
      rebuildSearchKeys();
    }
    return before - parentsCarers.size();
  }

  public boolean hasNewIdentity() {
    return newIdentity;
  }

  public void recordDeath(LocalDate on, Provenance provenance) {
    if (on.isBefore(birthDate)) {
      throw new IllegalArgumentException("dateOfDeath: before the date of birth");
    }
    dateOfDeath = on;
    deathSource = provenance.source();
  }

  public Optional<LocalDate> dateOfDeath() {
    return Optional.ofNullable(dateOfDeath);
  }

  public ChildIdentifier recordSourceId(String sourceId, Provenance provenance) {
    return addIdentifier(ChildIdentifier.sourceId(this, sourceId, provenance));
  }

  private ChildIdentifier addIdentifier(ChildIdentifier candidate) {
    return identifiers.stream()
        .filter(
            existing -> existing.sameAs(candidate.type(), candidate.issuer(), candidate.value()))
        .findFirst()
        .orElseGet(
            () -> {
              identifiers.add(candidate);
              return candidate;
            });
  }

  public ParentCarer addParentCarer(
      String fullName,
      Relationship relationship,
      ContactDetails contact,
      Address carerAddress,
      Provenance provenance) {
    ParentCarer parentCarer =
        new ParentCarer(this, fullName, relationship, contact, carerAddress, provenance);
    parentsCarers.add(parentCarer);
    rebuildSearchKeys();
    return parentCarer;
  }

  public void registerAtSchool(Organisation newSchool, LocalDate startDate, Provenance provenance) {
    school = new SchoolRegistration(newSchool, startDate, provenance);
  }

  public void registerWithGp(Organisation surgery, Provenance provenance) {
    gp = new GpRegistration(surgery, provenance);
  }

  /** A practitioner records that they hold a CAF for this child. */
  public void recordCafHeldBy(Practitioner holder, Provenance provenance) {
    caf = new CafIndicator(holder, provenance);
  }

  /**
   * Shields the record (DESIGN.md rule 5). Its search keys lose the postcode district, so a search
   * on where the child lives cannot find it. Only {@code Shield} calls this, keeping the history.
   */
  public void shield() {
    shielded = true;
    rebuildSearchKeys();
  }

  public void unshield() {
    shielded = false;
    rebuildSearchKeys();
  }

  /**
   * Keeps the indexed keys equal to what the names, the carers' names, birth date and district now
   * give; a shielded child is keyed without its district (search matches it on the visible fields
   * only).
   */
  private void rebuildSearchKeys() {
    List<String> names =
        Stream.concat(Stream.of(name), formerNames.stream())
            .flatMap(n -> Stream.of(n.given(), n.family()))
            .toList();
    // Carers' names too, for matching only (NameKeys.carerKey); none for a new identity, whose old
    // family must not find it (rule 10).
    Stream<String> carers =
        newIdentity
            ? Stream.empty()
            : parentsCarers.stream()
                .map(ParentCarer::fullName)
                .map(NameKeys::carerKey)
                .flatMap(Optional::stream);
    String district = shielded ? null : address.postcodeDistrict().orElse(null);
    // A merged record is found through the record it was merged into, never on its own; an archived
    // one not at all.
    Set<SearchKey> wanted =
        mergedInto != null || archivedOn != null
            ? Set.of()
            : Stream.concat(NameKeys.keysOf(names).stream(), carers)
                .map(key -> new SearchKey(key, birthDate, district))
                .collect(Collectors.toSet());
    if (!wanted.equals(searchKeys)) {
      searchKeys.clear();
      searchKeys.addAll(wanted);
    }
  }

  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  @Override
  public Long sectionId() {
    return section.id();
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public PersonName name() {
    return name;
  }

  public List<PersonName> formerNames() {
    return List.copyOf(formerNames);
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Gender gender() {
    return gender;
  }

  public Provenance coreProvenance() {
    return coreProvenance;
  }

  public Address address() {
    return address;
  }

  public Provenance addressProvenance() {
    return addressProvenance;
  }

  public List<PastAddress> addressHistory() {
    return List.copyOf(addressHistory);
  }

  public List<ChildIdentifier> identifiers() {
    return List.copyOf(identifiers);
  }

  public List<ParentCarer> parentsCarers() {
    return List.copyOf(parentsCarers);
  }

  /** EclipseLink leaves an embeddable whose columns are all null as an empty object or null. */
  public Optional<SchoolRegistration> school() {
    return Optional.ofNullable(school).filter(s -> s.school() != null);
  }

  public Optional<GpRegistration> gp() {
    return Optional.ofNullable(gp).filter(g -> g.surgery() != null);
  }

  public Optional<CafIndicator> caf() {
    return Optional.ofNullable(caf).filter(CafIndicator::exists);
  }

  public boolean isShielded() {
    return shielded;
  }

  public Instant lastUpdated() {
    return coreProvenance.updatedAt();
  }
}
