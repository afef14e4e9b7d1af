import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const person = { name: 'نورة العتيبي', email: 'noura.alotaibi@sahara-logistics.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('Arabic hiring mail', () => {
  it('reads an invitation to an interview, however the words are joined', () => {
    expect(read({ subject: 'وظيفة مشرف مستودع', snippet: 'شكراً لتقديمك على الوظيفة. يسعدنا دعوتكم لمقابلة شخصية في مكتبنا يوم الأحد.' })).toBe('interview_invitation');
    expect(read({ subject: 'مقابلة عمل', snippet: 'نود تحديد موعد للمقابلة مع مدير العمليات الأسبوع القادم.' })).toBe('interview_invitation');
  });

  it('reads a receipt, a no and a job offered', () => {
    expect(read({ subject: 'طلبك لوظيفة محاسب', snippet: 'تم استلام طلبك بنجاح، وسنتواصل معك في حال تم اختيارك.' })).toBe('application_confirmation');
    expect(read({ subject: 'وظيفة محاسب', snippet: 'نأسف لإبلاغك بأنه تم اختيار مرشح آخر لهذه الوظيفة.' })).toBe('rejection');
    expect(read({ subject: 'عرض وظيفي', snippet: 'يسعدنا أن نقدم لك عرضاً وظيفياً لوظيفة مدير العمليات، مرفق خطاب العرض.' })).toBe('offer');
  });

  it('leaves a work permit approved by a ministry alone', () => {
    const ministry = { name: 'وزارة الموارد البشرية والتوطين', email: 'noreply@mohre.gov.example' };
    expect(read({ from: ministry, subject: 'تمت الموافقة على طلب تصريح العمل', snippet: 'تمت الموافقة على طلب تصريح العمل رقم 551200. يرجى التوقيع على عقد العمل إلكترونياً خلال 14 يوماً.' }, false)).toBeUndefined();
  });
});
