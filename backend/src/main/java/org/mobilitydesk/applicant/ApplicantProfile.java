package org.mobilitydesk.applicant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.mobilitydesk.call.StaffCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "applicant_profile")
public class ApplicantProfile extends PanacheEntityBase {

    @Id
    @Column(name = "user_subject")
    public String userSubject;
    public String username;
    public String email;
    @Column(name = "given_name")
    public String givenName;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @Column(columnDefinition = "bpchar")
    public String citizenship;
    public String phone;
    @Column(name = "study_programme")
    public String studyProgramme;
    @Column(name = "study_cycle")
    public Integer studyCycle;
    @Column(name = "year_of_study")
    public Integer yearOfStudy;
    @Column(name = "grade_average")
    public BigDecimal gradeAverage;
    @Column(name = "grade_scale")
    public BigDecimal gradeScale;
    // JSON values are replaced, never changed in place
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<LanguageLevel> languages = List.of();
    public String department;
    public String position;
    @Enumerated(EnumType.STRING)
    @Column(name = "staff_category")
    public StaffCategory staffCategory;
    @Column(name = "fewer_opportunities")
    public boolean fewerOpportunities;
    @Version
    public int version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
