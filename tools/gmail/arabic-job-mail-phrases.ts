/**
 * How employers and recruiters in the Gulf and the Arab world phrase each step of a hiring process in
 * Arabic, in the phrase notation of job-mail-knowledge.ts: "شكراً لتقديمك على وظيفة…", "يسعدنا دعوتك
 * لمقابلة", "نأسف لإبلاغك…". Arabic joins prepositions, the article and pronouns to its words
 * ("لمقابلة", "دعوتك", "بالوظيفة"), so each word is matched anywhere in a word, as Korean and Japanese
 * are, and the words of a phrase may stand a few characters apart. Phrases are folded like the mail
 * (its vowel marks and tanween dropped).
 */
type ArabicPhrasebook = { ar: string[] };

export const arabicRejection: ArabicPhrasebook = {
  ar: [ 'نأسف … إبلاغ', 'نعتذر … عدم', 'لم يتم … اختيار', 'مرشح … آخر', 'مرشحين … آخرين', 'تم شغل … الوظيفة/الشاغر'],
};

export const arabicOffer: ArabicPhrasebook = {
  ar: [ 'عرض وظيفي', 'عرض العمل', 'عرض عمل', 'خطاب العرض', 'يسعدنا … تقديم … عرض', 'يسرنا … تقديم … عرض'],
};

export const arabicPositionClosed: ArabicPhrasebook = {
  ar: [ 'إلغاء … الوظيفة/الشاغر', 'تجميد … التوظيف', 'إيقاف … التوظيف', 'إغلاق … الوظيفة/الشاغر', 'تعليق … التوظيف'],
};

export const arabicStillReviewing: ArabicPhrasebook = {
  ar: [ 'قيد المراجعة', 'قيد الدراسة', 'لا يزال … قيد', 'لم يتم … اتخاذ … قرار', 'تأخر … عملية'],
};

export const arabicAssessment: ArabicPhrasebook = {
  ar: [ 'اختبار … عبر الإنترنت', 'إكمال … اختبار/التقييم', 'اختبار … قدرات', 'اختبار … شخصية'],
};

export const arabicInterviewInvitation: ArabicPhrasebook = {
  ar: [ 'دعوت … مقابل', 'مقابلة شخصية', 'مقابلة عمل', 'مقابلة عبر', 'تحديد موعد … مقابل', 'اختيار … موعد … مقابل'],
};

export const arabicInterviewScheduling: ArabicPhrasebook = {
  ar: [ 'تأكيد … موعد … مقابل', 'تذكير … مقابل', 'تم … تأكيد … مقابل', 'تغيير … موعد … مقابل'],
};

export const arabicConfirmation: ArabicPhrasebook = {
  ar: [ 'شكرا … تقديم', 'استلمنا … طلبك', 'تم استلام … طلبك', 'شكرا … اهتمامك … بالوظيفة'],
};

export const arabicRecruiterReply: ArabicPhrasebook = {
  ar: [ 'السيرة الذاتية … محدثة', 'الراتب المتوقع', 'فترة الإشعار', 'إرسال … السيرة الذاتية'],
};
