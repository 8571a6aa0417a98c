#pragma once

class QWidget;

// Windows whose messages come and go (a login error, a warning under a form).
namespace DialogFit {

// Grows a shown `window` to the height its layout wants at its width: a word-wrapped message that
// appears must not be squeezed, and top-level windows do not grow for height-for-width contents
// by themselves. Never shrinks it.
void growToFit(QWidget *window);

} // namespace DialogFit
