/*
 * ctype: character classes and case mapping, ASCII only.
 * Anything outside 0..127 (EOF included) is in no class.
 */
#include <ctype.h>

/* Letters. */
int
isalpha(int c)
{
	return isupper(c) || islower(c);
}

/* Upper-case letters. */
int
isupper(int c)
{
	return c >= 'A' && c <= 'Z';
}

/* Lower-case letters. */
int
islower(int c)
{
	return c >= 'a' && c <= 'z';
}

/* Decimal digits. */
int
isdigit(int c)
{
	return c >= '0' && c <= '9';
}

/* Hexadecimal digits. */
int
isxdigit(int c)
{
	return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Letters and digits. */
int
isalnum(int c)
{
	return isalpha(c) || isdigit(c);
}

/* Blank, tab, newline, vertical tab, form feed, carriage return. */
int
isspace(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Blank and tab. */
int
isblank(int c)
{
	return c == ' ' || c == '\t';
}

/* Control characters. */
int
iscntrl(int c)
{
	return (c >= 0 && c < ' ') || c == 0x7f;
}

/* Printing characters, blank included. */
int
isprint(int c)
{
	return c >= ' ' && c < 0x7f;
}

/* Printing characters but blank. */
int
isgraph(int c)
{
	return c > ' ' && c < 0x7f;
}

/* Printing characters that are neither blank nor alphanumeric. */
int
ispunct(int c)
{
	return isgraph(c) && !isalnum(c);
}

/* 7-bit values. */
int
isascii(int c)
{
	return c >= 0 && c < 0x80;
}

/* The lower-case form of an upper-case letter; c otherwise. */
int
tolower(int c)
{
	return isupper(c) ? c + 'a' - 'A' : c;
}

/* The upper-case form of a lower-case letter; c otherwise. */
int
toupper(int c)
{
	return islower(c) ? c - 'a' + 'A' : c;
}
