/** Behaviours of the segmenter a reader would notice, one rule at a time. */
import { describe, expect, it } from 'vitest';
import { sentenceIds } from '../../src/lib/core/hash';
import { parseDocument } from '../../src/lib/core/parse/parse';
import { analyze, segmentDocument } from '../../src/lib/core/segment/document';
import { armenianFullStop, segment, usesColonFullStop } from '../../src/lib/core/segment/segment';
import type { Lang } from '../../src/lib/core/types';

const sentences = (text: string, lang: Lang) =>
	segment(text, lang).map((s) => text.slice(s.start, s.end));

describe('Armenian full stop', () => {
	it('is decided per text: ։ if present, else a colon used as a stop, else .', () => {
		expect(armenianFullStop('Նա եկավ։ Նա գնաց:')).toBe('։');
		expect(armenianFullStop('Նա եկավ: Նա գնաց:')).toBe(':');
		expect(armenianFullStop('Նիստը ժամը 10:30-ին է')).toBe('.');
		expect(usesColonFullStop('Նիստը ժամը 10:30-ին է')).toBe(false);
		expect(usesColonFullStop('Հանդիպումն ավարտվեց')).toBe(false);
		expect(usesColonFullStop('Հանդիպումն ավարտվեց:')).toBe(true);
	});

	it('։ ends a sentence; a colon in a ։ text does not', () => {
		expect(sentences('Նա ասաց: «Մենք պատրաստ ենք»։ Հետո գնաց։', 'hy')).toEqual([
			'Նա ասաց: «Մենք պատրաստ ենք»։',
			'Հետո գնաց։'
		]);
	});

	it('in a colon-stop text, times, lower-case words and list introductions are not endings', () => {
		expect(sentences('Ժամը 10:30-ին սկսվեց: Կողմերը համաձայնեցին: ոչ բոլորը', 'hy')).toEqual([
			'Ժամը 10:30-ին սկսվեց:',
			'Կողմերը համաձայնեցին: ոչ բոլորը'
		]);
		expect(sentences('Անդամ են հետևյալ երկրները: Ռուսաստանը և Հայաստանը:', 'hy')).toHaveLength(1);
		// "is an example" ends a statement: the word for "for example" is no list introduction there.
		expect(sentences('Դա անարդար մրցակցության օրինակ է: Մենք համաձայն ենք:', 'hy')).toHaveLength(2);
	});

	it('a colon in a ։ text ends a sentence before a capital, a number or a dash of direct speech', () => {
		// Real news sites mix ։ and ASCII `:` within one article.
		expect(sentences('Նա եկավ։ Ժողովը սկսվեց: Մասնակցում էին բոլորը։', 'hy')).toEqual([
			'Նա եկավ։',
			'Ժողովը սկսվեց:',
			'Մասնակցում էին բոլորը։'
		]);
		expect(sentences('Նա եկավ։ Այդպես ասաց պարոն Ադամսը: –Այսօր ոչինչ չկա։', 'hy')).toEqual([
			'Նա եկավ։',
			'Այդպես ասաց պարոն Ադամսը:',
			'–Այսօր ոչինչ չկա։'
		]);
		expect(sentences('Նա եկավ։ Մրցումն ավարտվեց: 24-ամյա մարզիկը հաղթեց։', 'hy')).toHaveLength(3);
		// A Latin name may open the next sentence ("The Boston Globe reports…").
		expect(
			sentences('Նա եկավ։ Նա կդիտարկի այդ հնարավորությունը: Boston Globe-ը տեղեկացնում է։', 'hy')
		).toEqual(['Նա եկավ։', 'Նա կդիտարկի այդ հնարավորությունը:', 'Boston Globe-ը տեղեկացնում է։']);
		// …but not before a quotation after a verb of saying, nor in a time.
		expect(sentences('Նա նշել է: «Մենք պատրաստ ենք»։ Ժամը 10:30 էր։', 'hy')).toEqual([
			'Նա նշել է: «Մենք պատրաստ ենք»։',
			'Ժամը 10:30 էր։'
		]);
	});

	it('in a colon-stop text, direct speech opened by a dash starts a sentence', () => {
		expect(sentences('Այդպես ասաց նա: -Մեր խնդիրը պարզ է: Հետո գնաց:', 'hy')).toEqual([
			'Այդպես ասաց նա:',
			'-Մեր խնդիրը պարզ է:',
			'Հետո գնաց:'
		]);
	});

	it('in a colon-stop text, a verb of saying before a quotation keeps its colon', () => {
		expect(
			sentences('Նա գրել է Twitter-ում: «Մեկ ամիս առաջ ես հիվանդացա: Հիմա լավ եմ»:', 'hy')
		).toEqual(['Նա գրել է Twitter-ում: «Մեկ ամիս առաջ ես հիվանդացա:', 'Հիմա լավ եմ»:']);
		// After the speaker of a quotation that went before, the colon is the full stop.
		expect(sentences('«Մենք հաղթեցինք»,- նա ավելացրեց: «Որոշումը ճիշտ էր»:', 'hy')).toEqual([
			'«Մենք հաղթեցինք»,- նա ավելացրեց:',
			'«Որոշումը ճիշտ էր»:'
		]);
		// …and so it is after the one who asked a question that went before ("Why? she asked.").
		expect(sentences('Ինչո՞ւ՝ հարցրեց նա: «Որովհետև նա ինձ ծիծաղեցնում է»:', 'hy')).toEqual([
			'Ինչո՞ւ՝ հարցրեց նա:',
			'«Որովհետև նա ինձ ծիծաղեցնում է»:'
		]);
	});

	it('ՙ…՚ are quotation marks, and a . before a quotation after a verb of saying is mid-sentence', () => {
		// The only colon closes the quotation, so the text uses it as its full stop.
		expect(sentences('Քրիսթին ասաց. ՙՆրանք ավելի լավն էին՚: Մենք պարտվեցինք:', 'hy')).toEqual([
			'Քրիսթին ասաց. ՙՆրանք ավելի լավն էին՚:',
			'Մենք պարտվեցինք:'
		]);
		expect(sentences('Նա ասաց. «Մենք պատրաստ ենք». Հետո գնաց.', 'hy')).toEqual([
			'Նա ասաց. «Մենք պատրաստ ենք».',
			'Հետո գնաց.'
		]);
	});

	it('։ ends a sentence even before a lower-case word, but not before a speaker’s dash', () => {
		expect(sentences('Գավաթն ուներ իր ուժը։ շարժիչը աշխատեց։', 'hy')).toHaveLength(2);
		expect(sentences('«Գնանք։» – ասաց նա։', 'hy')).toHaveLength(1);
	});

	it('՞ inside a word never ends a sentence, ՜ after a word can', () => {
		expect(sentences('Ի՞նչ է սա։ Ո՞վ գիտի։', 'hy')).toEqual(['Ի՞նչ է սա։', 'Ո՞վ գիտի։']);
		expect(sentences('Դու՞ Արամն ես։', 'hy')).toEqual(['Դու՞ Արամն ես։']);
		expect(sentences('Ինչ ամոթ է՜ Մենք կպատասխանենք։', 'hy')).toEqual([
			'Ինչ ամոթ է՜',
			'Մենք կպատասխանենք։'
		]);
	});

	it('․ (U+2024) and a . next to ։ are mid-sentence marks', () => {
		expect(sentences('Զասը հայտարարեց․ Սա հիմարություն է։', 'hy')).toHaveLength(1);
		expect(sentences('Զասը հայտարարեց. Սա հիմարություն է։', 'hy')).toHaveLength(1);
	});

	it('keeps և and every other character as they are', () => {
		const text = 'Միևնույն ժամանակ նա եկավ։ Եվ գնաց։';
		expect(sentences(text, 'hy').join(' ')).toBe(text);
	});
});

describe('English and Russian', () => {
	it('a colon never ends a sentence', () => {
		expect(sentences('The minister said: The troops will leave.', 'en')).toHaveLength(1);
		expect(sentences('Министр заявил: Войска уйдут.', 'ru')).toHaveLength(1);
	});

	it('initials and abbreviations do not end sentences, sentence openers after them do', () => {
		expect(sentences('В. В. Путин и С. К. Шойгу прибыли в г. Москву.', 'ru')).toHaveLength(1);
		expect(sentences('Это случилось в 2019 г. Однако никто не знал.', 'ru')).toHaveLength(2);
		expect(sentences('It happened in the U.S. The case is closed.', 'en')).toHaveLength(2);
		expect(sentences('U.S. President Joe Biden spoke.', 'en')).toHaveLength(1);
	});

	it('splits a list run together on one line at its markers', () => {
		expect(sentences('1.) The first item 2.) The second item', 'en')).toEqual([
			'1.) The first item',
			'2.) The second item'
		]);
		expect(sentences('1. The first item. 2. The second item.', 'en')).toEqual([
			'1. The first item.',
			'2. The second item.'
		]);
		expect(sentences('• 9. The first item • 10. The second item', 'en')).toHaveLength(2);
		// A number inside a sentence is no list.
		expect(sentences('Нужно купить 1)рыбу 2)соль.', 'ru')).toHaveLength(1);
		expect(sentences('He scored 2. The match ended.', 'en')).toHaveLength(2);
		expect(sentences('As payment for 1. above, and for 2. above, no fee.', 'en')).toHaveLength(1);
	});

	it('finds such a list after a sentence, and ends its last item at a line break', () => {
		expect(sentences('Finally, this. 1. The first item 2. The second item 3. Hello', 'en')).toEqual(
			['Finally, this.', '1. The first item', '2. The second item', '3. Hello']
		);
		expect(sentences('His name is Smith. a. here it is b. another\n They went.', 'en')).toEqual([
			'His name is Smith.',
			'a. here it is',
			'b. another',
			'They went.'
		]);
		expect(sentences('(a) Hello world. (b) Hello world.\n(c) Hello world.', 'en')).toHaveLength(3);
		// Letters other than "a" need three markers in a row: "(c)" alone is no list.
		expect(sentences('It went. w) hello x) hello y) hello', 'en')).toHaveLength(4);
		expect(sentences('Photos (c) Reuters (d) AP. It went.', 'en')).toHaveLength(2);
	});

	it('knows times, the pronoun I and spaced ellipses', () => {
		expect(
			sentences(
				'At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then left.',
				'en'
			)
		).toEqual([
			'At 5 a.m. Mr. Smith went to the bank.',
			'He left at 6 P.M.',
			'Mr. Smith then left.'
		]);
		expect(sentences('The deadline is 5 p.m. Friday, he said.', 'en')).toHaveLength(1);
		expect(sentences('A team, you and I. Did you see Albert I. Jones?', 'en')).toEqual([
			'A team, you and I.',
			'Did you see Albert I. Jones?'
		]);
		expect(sentences('It was . . . well, fine. . . . The end came.', 'en')).toEqual([
			'It was . . . well, fine.',
			'. . . The end came.'
		]);
	});

	it('keeps dialogue inside «…» together after the speaker’s words', () => {
		expect(
			sentences('«К чему ты готовишься? – спросила мама. – Завтра ведь выходной». Он ушёл.', 'ru')
		).toEqual(['«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».', 'Он ушёл.']);
		expect(sentences('Едем в сторону пгт. Брагиновка.', 'ru')).toHaveLength(1);
	});

	it('a unit after a number ends a sentence like a word; the same letters elsewhere do not', () => {
		expect(sentences('Осадков выпадет до 10 см. Для других зон меньше.', 'ru')).toHaveLength(2);
		expect(sentences('Высота башни 300 м. Её построили в 1889 г.', 'ru')).toHaveLength(2);
		expect(sentences('Подробнее см. Приложение 2.', 'ru')).toHaveLength(1);
		expect(sentences('The wall is 6 ft. The gate is higher.', 'en')).toHaveLength(2);
		expect(sentences('He was born in Ft. Worth and asked Sens. John Kennedy.', 'en')).toHaveLength(
			1
		);
	});

	it('ends a sentence whose space was lost, but not inside an address or an abbreviation', () => {
		expect(
			sentences('Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.', 'en')
		).toEqual(['Hello world.', 'Today is Tuesday.', 'Mr. Smith bought 1,000.', 'That is a lot.']);
		expect(sentences('Test strange period．Does it segment correctly．', 'en')).toHaveLength(2);
		expect(sentences('Он сказал.Однако никто не пришёл.', 'ru')).toHaveLength(2);
		for (const one of [
			'Her email is Jane.Doe@example.com.',
			'See www.testurl.Awesome.com now.',
			'Ask Mr.Smith about 2.5 Mbit.'
		]) {
			expect(sentences(one, 'en')).toEqual([one]);
		}
	});

	it('keeps footnote references with the sentence they close', () => {
		expect(sentences('It was a martyr.[1] The emperor left.', 'en')).toEqual([
			'It was a martyr.[1]',
			'The emperor left.'
		]);
		expect(sentences('A gap in a consultation.11 12 Take the cold.', 'en')).toHaveLength(2);
		expect(sentences('It is (type 2).10 This model works.', 'en')).toHaveLength(2);
		// Not after an abbreviation or inside a number.
		expect(sentences('He is No.1 Player of the year at 2.5 Mbit.', 'en')).toHaveLength(1);
	});

	it('does not end a sentence inside brackets closed further on', () => {
		expect(sentences('[15:  12:32]  [16:  firma? 13:28]', 'en')).toHaveLength(1);
		expect(
			sentences('The plan (is it legal? nobody knows) failed. Then it rained.', 'en')
		).toHaveLength(2);
		expect(sentences('He left (for good). Then he came back.', 'en')).toHaveLength(2);
	});

	it('ends a sentence at a blank line, and takes "--" for a dash', () => {
		expect(sentences('10. Get some rest \n \nYou have the best chance', 'en')).toEqual([
			'10. Get some rest',
			'You have the best chance'
		]);
		expect(sentences('Mix it, and -- voila! -- you have cake.', 'en')).toHaveLength(1);
		expect(sentences('I will be paid Rs. 3520 at the end. Then I go.', 'en')).toHaveLength(2);
	});

	it('starts a new sentence at a list item on the next line (LF or CRLF)', () => {
		expect(sentences('Tasks:\r\n1. Guard the plant.\r\n2. Leave.', 'en')).toEqual([
			'Tasks:',
			'1. Guard the plant.',
			'2. Leave.'
		]);
		expect(sentences('A line that\nwraps here.', 'en')).toEqual(['A line that\nwraps here.']);
		expect(sentences('i) Hello world. \nii) Hello world.\n(iii) Hello world.', 'en')).toHaveLength(
			3
		);
		expect(sentences('• 9. Stop smoking \n• 10. Get some rest', 'en')).toEqual([
			'• 9. Stop smoking',
			'• 10. Get some rest'
		]);
	});

	it('starts a new list inside the last item of another', () => {
		expect(
			sentences('1.) The first item 2.) The second item 1.) Again one 2.) Again two', 'en')
		).toEqual(['1.) The first item', '2.) The second item', '1.) Again one', '2.) Again two']);
		expect(
			sentences('• 9. The first item • 10. The second item a. Another b. And another', 'en')
		).toHaveLength(4);
		// Not after the item has ended: "A." there is an initial.
		expect(
			sentences(
				'a. here it is b. another\n They went. It was John A. Smith. She was Jane B. Smith.',
				'en'
			)
		).toEqual([
			'a. here it is',
			'b. another',
			'They went.',
			'It was John A. Smith.',
			'She was Jane B. Smith.'
		]);
	});

	it('ends an unpunctuated list item with its line, before a capitalised line', () => {
		expect(sentences('d. Compliance Log – Volume 12 \n\tAttachment A', 'en')).toEqual([
			'd. Compliance Log – Volume 12',
			'Attachment A'
		]);
		expect(sentences('2) Get some rest\nYou have the best chance.', 'en')).toHaveLength(2);
		// A wrapped item goes on; a capital with a period is an initial, not a marker.
		expect(sentences('2) Get some rest and\ndrink water.', 'en')).toHaveLength(1);
		expect(sentences('A. Smith met the\nPresident.', 'en')).toHaveLength(1);
		expect(sentences('1. Guard the plant.\nLeave at once.', 'en')).toHaveLength(2);
	});

	it('takes three or more short lines without any sentence punctuation for a list of lines', () => {
		expect(sentences('features\ncontact manager\nevents, activities\n', 'en')).toEqual([
			'features',
			'contact manager',
			'events, activities'
		]);
		expect(sentences('Новости\nСпорт\nПогода', 'ru')).toHaveLength(3);
		// Wrapped prose reaches a full stop, or has longer lines.
		expect(sentences('It was a cold \nnight in the city.', 'en')).toHaveLength(1);
		expect(sentences('so tired\nof it all\nand then\nshe left.', 'en')).toHaveLength(1);
		expect(
			sentences('Kazakhstan - Russian peacekeepers arrive\nin Almaty\non Thursday', 'en')
		).toHaveLength(1);
	});

	it('opens a sentence with a quantity after an abbreviation', () => {
		expect(
			sentences('Obama became the 44th President of the U.S. Millions attended.', 'en')
		).toEqual(['Obama became the 44th President of the U.S.', 'Millions attended.']);
		expect(sentences('It was cold in the U.K. Thousands lost power.', 'en')).toHaveLength(2);
		expect(sentences('Это случилось в 2019 г. Тысячи людей вышли на улицы.', 'ru')).toHaveLength(2);
		expect(sentences('I work for the U.S. Government in Virginia.', 'en')).toHaveLength(1);
	});

	it('keeps a quotation inside a sentence that goes on after it', () => {
		expect(sentences('He said, “Go. Now!” and left. Then it rained.', 'en')).toEqual([
			'He said, “Go. Now!” and left.',
			'Then it rained.'
		]);
		expect(
			sentences('She called out, "The Queen! The Queen!" and the gardeners fell flat.', 'en')
		).toHaveLength(1);
		// Apostrophes inside a single-quoted quotation do not close it.
		expect(sentences("He said, 'It's Tom's. Don't touch it' and went out.", 'en')).toHaveLength(1);
		// …nor does a plural possessive, and "'90s" opens no quotation.
		expect(sentences("They left 'cause it was late. The players' union met.", 'en')).toHaveLength(
			2
		);
		expect(sentences("In the '90s it was late. The players' union met.", 'en')).toHaveLength(2);
		expect(sentences("In the 'nineties it was late. She said 'yes' and left.", 'en')).toHaveLength(
			2
		);
		// A citation in brackets goes on with the sentence that quotes.
		expect(
			sentences('He wrote that ‘it grows in blood. It needs shade’ (see p. 154). Next.', 'en')
		).toEqual(['He wrote that ‘it grows in blood. It needs shade’ (see p. 154).', 'Next.']);
		expect(
			sentences('Он сказал: «Я устал. Иду спать», и сразу же замолчал. Потом ушёл.', 'ru')
		).toEqual(['Он сказал: «Я устал. Иду спать», и сразу же замолчал.', 'Потом ушёл.']);
	});

	it('splits a quotation that opens or ends its sentence at its full stops, as news text does', () => {
		expect(
			sentences('They painted the motto: "The sea is ours. To recover it is a duty." Then…', 'en')
		).toEqual(['They painted the motto: "The sea is ours.', 'To recover it is a duty."', 'Then…']);
		expect(sentences('"They are playful. Respect them," he said.', 'en')).toEqual([
			'"They are playful.',
			'Respect them," he said.'
		]);
		expect(sentences('She turned to him, “This is great.” She held the book.', 'en')).toHaveLength(
			2
		);
		expect(
			sentences('«Мы были на грани войны. А сейчас всё хорошо», — сказал он.', 'ru')
		).toHaveLength(2);
	});
});

describe('segmentDocument', () => {
	const text = [
		'Մատչելիության հղումներ',
		'',
		'Title Without Stop',
		'',
		'Armenia - A caption. Second part.',
		'Armenia - A caption. Second part',
		'',
		'First sentence. Second sentence.',
		'',
		'XS',
		'SM',
		'MD',
		'LG'
	].join('\n');

	it('segments only text blocks, and a doubled caption only once', () => {
		const doc = parseDocument(text);
		const found = segmentDocument(text, doc, 'en');
		expect(found.map((s) => text.slice(s.start, s.end))).toEqual([
			'Title Without Stop',
			'Armenia - A caption.',
			'Second part.',
			'First sentence.',
			'Second sentence.'
		]);
		expect(found.map((s) => doc.blocks[s.block].kind)).toEqual([
			'title',
			'caption',
			'caption',
			'paragraph',
			'paragraph'
		]);
		expect(found.map((s) => s.id)).toEqual(
			sentenceIds(found.map((s) => text.slice(s.start, s.end)))
		);
	});

	it('leaves out the dateline prefix', () => {
		const dated = ' date 2022-01-07 A title. In two parts.\n\nBody.';
		expect(analyze(dated, 'en').sentences.map((s) => dated.slice(s.start, s.end))).toEqual([
			'A title.',
			'In two parts.',
			'Body.'
		]);
	});

	it('decides the Armenian full stop once for the whole text', () => {
		const hy = 'Առաջին պարբերություն: Երկրորդ նախադասություն:\n\nԺամը 10:30-ին: Նիստը սկսվեց:';
		const found = analyze(hy, 'hy').sentences.map((s) => hy.slice(s.start, s.end));
		expect(found).toEqual([
			'Առաջին պարբերություն:',
			'Երկրորդ նախադասություն:',
			'Ժամը 10:30-ին:',
			'Նիստը սկսվեց:'
		]);
	});

	it('keeps ids stable for unchanged sentences when others change', () => {
		const before = analyze('One. Two. Three.', 'en').sentences;
		const after = analyze('One. Two and a half. Three.', 'en').sentences;
		expect(after[0].id).toBe(before[0].id);
		expect(after[2].id).toBe(before[2].id);
		expect(after[1].id).not.toBe(before[1].id);
	});
});
