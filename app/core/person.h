#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace hearth {

// How the person communicates and what they need to take part (DESIGN 2.4 "Communication").
struct CommunicationNeeds
{
    QString preferredLanguage; // e.g. "English", "Cymraeg", "Polski"
    bool interpreter = false; // an interpreter is needed
    QString interpreterLanguage; // including British Sign Language
    bool easyRead = false;
    bool largePrint = false;
    bool braille = false;
    QString notes; // anything else: hearing loop, time of day, a trusted person

    bool operator==(const CommunicationNeeds &) const = default;
};

struct Address
{
    QStringList lines;
    QString postcode;

    bool operator==(const Address &) const = default;
};

// The person at the centre of a case. Only the names are required: many people on a home
// visit will not know their NHS number (DESIGN 2.9).
struct Person
{
    QUuid id;
    int version = 1;
    QString givenNames;
    QString familyName;
    QString preferredName; // what they like to be called
    QDate dateOfBirth; // invalid when not known
    QString nhsNumber; // 10 digits without spaces, or empty; see nhsnumber.h
    Address address;
    QString phone;
    CommunicationNeeds communication;

    QString displayName() const; // how to address them: the preferred name, else the full name
    QString fullName() const; // given names then family name
    QString listName() const; // for lists: the full name, with the preferred name if different
    bool operator==(const Person &) const = default;
};

} // namespace hearth
